#pragma once
// Establishments in Bourg-en-Bresse for the FINESS JSON datasets (tools/datagen's writer):
// the emergency-unit tests and the CLI test build their structures file from them.

#include <string>

#include "datagen/finess_json_writer.hpp"

namespace parcours::test {

// An open establishment at `at`, its short and long names both `name`.
inline datagen::FinessJsonSite bourgSite(std::string finess, std::string name, std::string category,
                                         geo::LatLon at) {
    datagen::FinessJsonSite s;
    s.finess = std::move(finess);
    s.nameShort = s.nameLong = std::move(name);
    s.category = std::move(category);
    s.postcode = "01000";
    s.city = "BOURG EN BRESSE";
    s.phone = "0474454647";
    s.position = at;
    return s;
}

}  // namespace parcours::test
