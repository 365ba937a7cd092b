#pragma once
// One element of an Overpass API JSON answer ({"elements": [...]}):
//   {"type": "node", "id": 1, "lat": 45.7, "lon": 4.8, "tags": {...}}
//   {"type": "way", "id": 2, "center": {"lat": …, "lon": …}, "tags": {...}}   (out center)
//   {"type": "way", "id": 2, "bounds": {...}, "geometry": [{"lat", "lon"}…]}  (out geom)

#include "directory/osm_element.hpp"
#include "json/json_value.hpp"
#include "parcours/common/result.hpp"

namespace parcours::directory::osm {

// A malformed element (not an object, no type or id, tags not an object) is an error
// whose message is the reason to report. A missing or invalid position is not an error
// here: see OsmElement::positionProblem.
Result<OsmElement> decodeOverpassElement(const json::Value& element);

}  // namespace parcours::directory::osm
