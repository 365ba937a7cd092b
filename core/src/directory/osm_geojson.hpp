#pragma once
// One feature of a GeoJSON FeatureCollection of OpenStreetMap objects, in the shapes the
// common converters write:
//   overpass-turbo:  "properties": {"@id": "node/1", "amenity": "doctors", …}
//   osmtogeojson:    "id": "node/1", "properties": {"type": "node", "id": 1, "tags": {…}}
//   ogr2ogr (OSM):   "properties": {"osm_id": "1", "name": …, "other_tags": "\"k\"=>\"v\""}
// Coordinates are [longitude, latitude], in that order.

#include "directory/osm_element.hpp"
#include "json/json_value.hpp"
#include "parcours/common/result.hpp"

namespace parcours::directory::osm {

// A malformed feature (not an object, no OSM id, properties or tags not objects) is an
// error whose message is the reason to report; a missing or unusable geometry is an
// OsmElement::positionProblem.
Result<OsmElement> decodeGeoJsonFeature(const json::Value& feature);

}  // namespace parcours::directory::osm
