#pragma once
// One OpenStreetMap object as read from Overpass JSON or GeoJSON, before we know whether it
// is a health structure.

#include <optional>
#include <string>
#include <string_view>

#include "directory/osm_tags.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory::osm {

struct OsmElement {
    std::string type;    // "node", "way", "relation"
    std::string number;  // the OSM id, decimal digits
    OsmTags tags;
    std::optional<geo::LatLon> position;  // valid (isValidPosition) when present
    // Why there is no position, when there is none: reported only for health objects,
    // since the others are ignored whatever their shape.
    std::string positionProblem;

    [[nodiscard]] std::string label() const { return type + " " + number; }     // "way 4"
    [[nodiscard]] std::string sourceId() const { return type + "/" + number; }  // "way/4"
};

bool isOsmType(std::string_view type);      // node, way, relation
bool isOsmNumber(std::string_view digits);  // a positive decimal integer, as OSM ids are

// `text` in quotes for a message, cut short when long: it comes from the file.
std::string quoted(std::string_view text);

}  // namespace parcours::directory::osm
