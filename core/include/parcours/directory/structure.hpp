#pragma once
// A health structure of the directory, whatever its source.

#include <optional>
#include <string>

#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory {

struct Structure {
    std::string source;    // "finess", "osm", "manual"
    std::string sourceId;  // FINESS number, "node/123", a generated id for manual entries
    Kind kind = Kind::Other;
    std::string category;   // the source's own category: FINESS categetab, OSM main tag
    std::string specialty;  // where known: "general", "gynaecology", "dentist"…
    std::string name;
    std::string address;  // street part ("12 RUE DE LA PAIX")
    std::string postcode;
    std::string city;
    std::string phone;
    std::optional<geo::LatLon> position;  // WGS84; absent when the source gives none
    std::optional<bool> emergency;        // has an emergency unit, where the source says
    std::string finessRef;                // FINESS number an OSM object declares

    // "finess:010000024": stable across re-imports, what the journal refers to.
    [[nodiscard]] std::string id() const { return source + ":" + sourceId; }
};

}  // namespace parcours::directory
