#pragma once
// Writes OpenStreetMap elements as the two formats people get them in: Overpass API JSON
// (`[out:json]; … out center;`) and GeoJSON as osmtogeojson / overpass-turbo export it.

#include <span>
#include <string>
#include <string_view>

#include "datagen/osm_generator.hpp"

namespace parcours::datagen {

enum class JsonLayout {
    Overpass,  // indented exactly as the Overpass API indents (one key per line)
    Compact,   // one element per line: smaller, the same JSON
};

// {"version": 0.6, "generator": "Overpass API …", "osm3s": {…}, "elements": […]}. Nodes
// have lat/lon; ways and relations a "center" (and their nodes / members).
std::string overpassJson(std::span<const OsmElement> elements, JsonLayout layout,
                         std::string_view timestamp = "2026-05-01T08:00:00Z");

// A FeatureCollection: properties hold the tags and "@id": "node/123"; nodes are Points,
// ways and relations Polygons (a small rectangle whose centroid is the element's centre).
std::string osmGeoJson(std::span<const OsmElement> elements);

}  // namespace parcours::datagen
