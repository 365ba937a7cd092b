#pragma once
// Deterministic OpenStreetMap health objects of fictional names around real cities, as
// Overpass returns them (`out center`), with the truth a test needs to check an import.
// The writers are in osm_writer.hpp.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "parcours/directory/kind.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::datagen {

struct OsmOptions {
    std::size_t count = 250;
    std::uint32_t seed = 1;
    double wayFraction = 0.2;        // mapped as a building outline (a way with a centre)
    double relationFraction = 0.02;  // mapped as a multipolygon relation
    double finessRefFraction = 0.1;  // with ref:FR:FINESS
};

struct OsmElement {
    std::string type;  // "node", "way" or "relation"
    std::int64_t id = 0;
    // The node's position, or the centre Overpass gives a way or relation; already on the
    // 1e-7° grid the writers print, so a reader must find exactly this.
    geo::LatLon position;
    std::vector<std::pair<std::string, std::string>> tags;  // sorted by key
    std::vector<std::int64_t> nodes;  // a way's outline (closed), a relation's outer way

    // The truth: what a reader must make of it (see data/kinds/README.md).
    std::optional<directory::Kind> kind;  // empty: not a health object, to be ignored
    std::string specialty;                // "general", "gynaecology", "dentist"…
    std::optional<bool> emergency;        // hospitals only
    std::string name;
    std::string city;  // the City it was placed around
};

// The first elements cover every template (kind × tagging) and every city, so any count
// above ~40 has every kind a reader can find in OpenStreetMap.
std::vector<OsmElement> generateOsm(const OsmOptions& options);

// The value of `key`, or empty.
std::string_view tag(const OsmElement& element, std::string_view key);

}  // namespace parcours::datagen
