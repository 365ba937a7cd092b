// The cluster index of a whole directory: one spatial read of every positioned structure.
#include <limits>

#include "parcours/directory/directory.hpp"
#include "parcours/map/clusters.hpp"

namespace parcours::map {

Result<ClusterIndex> loadClusterIndex(const directory::Directory& directory) {
    directory::BoxQuery query;
    query.box = {-90, -180, 90, 180};
    query.limit = std::numeric_limits<std::size_t>::max();
    const auto kinds = directory::allKinds();
    query.filter.kinds.assign(kinds.begin(), kinds.end());  // Other too: the map filters
    auto hits = directory.inBox(query);
    if (!hits) return hits.error();
    std::vector<ClusterPoint> points;
    points.reserve(hits->size());
    for (directory::Hit& hit : *hits) {
        if (!hit.structure.position) continue;
        points.push_back({hit.structure.id(), *hit.structure.position, hit.structure.kind,
                          hit.structure.emergency.value_or(false)});
    }
    return ClusterIndex::build(std::move(points));
}

}  // namespace parcours::map
