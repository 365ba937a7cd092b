#pragma once
// Structures the app's Qt Tests put in a directory: FINESS rows in Lyon, numbered, of a kind,
// at a place (around place Bellecour).

#include <QString>
#include <string>

#include "parcours/directory/structure.hpp"

namespace parcours::test {

inline constexpr double kBellecourLat = 45.7578;
inline constexpr double kBellecourLon = 4.8320;

inline directory::Structure lyonStructure(int n, directory::Kind kind, geo::LatLon position,
                                          bool emergency = false) {
    directory::Structure s;
    s.source = "finess";
    s.sourceId = "69000" + QString::number(n).rightJustified(4, QLatin1Char('0')).toStdString();
    s.kind = kind;
    s.name = "Structure " + std::to_string(n);
    s.city = "Lyon";
    s.postcode = "69002";
    s.position = position;
    s.emergency = emergency;
    return s;
}

}  // namespace parcours::test
