#pragma once
// A health structure of the directory, whatever its source.

#include <optional>
#include <string>

#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory {

// How exactly `position` places the structure: measured or geocoded by the source
// (FINESS, OpenStreetMap, a manual entry), geocoded from its street address (BAN), or only
// its commune's position (shown "position de la commune").
enum class PositionPrecision { Exact, Address, Commune };
std::string_view positionPrecisionId(PositionPrecision p);  // "exact", "address", "commune"
std::optional<PositionPrecision> positionPrecisionFromId(std::string_view id);

struct Structure {
    std::string source;    // "finess", "osm", "manual", "rpps"
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
    // A practitioner (Annuaire Santé): their RPPS identifier, the same for each of their
    // practice sites (one structure per site). Empty for establishments.
    std::string person;
    PositionPrecision positionPrecision = PositionPrecision::Exact;

    // "finess:010000024": stable across re-imports, what the journal refers to.
    [[nodiscard]] std::string id() const { return source + ":" + sourceId; }
};

}  // namespace parcours::directory
