// countNearby: the structures the "after refusals" rules point to (MSP, centres de santé,
// CPTS, emergency units) within the pack's radius, from the directory.
#include "parcours/directory/directory.hpp"
#include "parcours/rules/facts.hpp"

namespace parcours::rules {

Result<NearbyCounts> countNearby(const directory::Directory& dir, geo::LatLon at, int radiusKm) {
    using directory::Kind;
    if (!geo::isValid(at)) return usageError("not a valid position for the nearby counts");
    if (radiusKm <= 0) return usageError("the nearby radius must be positive");
    directory::NearbyQuery query;
    query.at = at;
    query.radiusMetres = radiusKm * 1000.0;
    // Counting needs every hit within the radius, not the nearest few.
    query.limit = 1'000'000;
    query.filter.kinds = {Kind::Msp, Kind::CentreSante, Kind::Cpts, Kind::Hospital};
    auto hits = dir.nearby(query);
    if (!hits) return hits.error();
    NearbyCounts counts;
    counts.radiusKm = radiusKm;
    for (const auto& hit : *hits) {
        switch (hit.structure.kind) {
            case Kind::Msp:
                ++counts.msp;
                break;
            case Kind::CentreSante:
                ++counts.centreSante;
                break;
            case Kind::Cpts:
                ++counts.cpts;
                break;
            case Kind::Hospital:
                if (hit.structure.emergency.value_or(false)) ++counts.emergency;
                break;
            default:
                break;
        }
    }
    return counts;
}

}  // namespace parcours::rules
