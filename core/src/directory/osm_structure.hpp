#pragma once
// From an OpenStreetMap object's tags to a directory structure.

#include <optional>

#include "directory/osm_tags.hpp"
#include "parcours/directory/structure.hpp"

namespace parcours::directory::osm {

// The structure the tags describe (source "osm"; sourceId and position left to the
// caller), or nullopt when the tags carry no health tag (classifyOsm).
std::optional<Structure> healthStructure(const OsmTags& tags);

}  // namespace parcours::directory::osm
