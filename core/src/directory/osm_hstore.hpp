#pragma once
// ogr2ogr's OSM driver writes the tags it has no column for as one hstore text in
// `other_tags`: "amenity"=>"doctors","addr:city"=>"Lyon" (quotes and backslashes inside
// keys and values escaped with a backslash).

#include <string_view>

#include "directory/osm_tags.hpp"

namespace parcours::directory::osm {

// Adds every pair of `hstore` to `tags`; false (with the pairs before the fault added)
// when the text is not such a list.
bool addHstoreTags(OsmTags& tags, std::string_view hstore);

}  // namespace parcours::directory::osm
