#pragma once
// Questions the directory answers: what is near, what is in view, what has this name.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "parcours/directory/kind.hpp"
#include "parcours/directory/structure.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory {

struct Filter {
    std::vector<Kind> kinds;  // empty: every care kind (all but Other)
    std::string specialty;    // empty: any; otherwise matched case- and accent-insensitively
    bool emergencyOnly = false;
};

struct NearbyQuery {
    geo::LatLon at;
    std::optional<double> radiusMetres;  // none: nearest whatever the distance
    std::size_t limit = 20;
    Filter filter;
};

struct BoxQuery {
    geo::BoundingBox box;
    std::size_t limit = 500;
    Filter filter;
};

struct SearchQuery {
    std::string text;                 // words, each matched as a prefix, accents folded
    std::optional<geo::LatLon> near;  // rank by distance from here instead of by relevance
    std::size_t limit = 20;
    Filter filter;
};

struct Hit {
    Structure structure;
    std::optional<double> distanceMetres;  // when the query gave a point
};

struct SourceStats {
    std::string source;
    std::string importedAt;      // ISO 8601, UTC
    std::string extractionDate;  // as the file declared it
    std::string files;           // file names, for the record
    std::size_t structures = 0;
    std::size_t skipped = 0;
};

struct KindCount {
    Kind kind = Kind::Other;
    std::size_t count = 0;
};

struct Stats {
    std::size_t structures = 0;
    std::size_t withPosition = 0;
    std::size_t withEmergency = 0;  // marked as having an emergency unit
    std::vector<SourceStats> sources;
    std::vector<KindCount> kinds;
};

}  // namespace parcours::directory
