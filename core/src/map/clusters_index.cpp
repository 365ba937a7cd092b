// Building the cluster index: points to Web Mercator, keyed and sorted in Z-order.
#include <algorithm>
#include <numeric>

#include "map/morton.hpp"
#include "parcours/map/clusters.hpp"

namespace parcours::map {

ClusterIndex ClusterIndex::build(std::vector<ClusterPoint> points) {
    struct Keyed {
        std::uint64_t key;
        double x, y;
        std::size_t index;
    };
    std::vector<Keyed> keyed;
    keyed.reserve(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        if (!geo::isValid(points[i].position)) continue;
        const WorldPoint p = project(points[i].position, 0);
        const double x = p.x / kTileSize, y = p.y / kTileSize;
        keyed.push_back({mortonKey(x, y), x, y, i});
    }
    // Stable: points at one spot keep the caller's order (deterministic items).
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const Keyed& a, const Keyed& b) { return a.key < b.key; });

    ClusterIndex index;
    index.keys_.reserve(keyed.size());
    index.x_.reserve(keyed.size());
    index.y_.reserve(keyed.size());
    index.kinds_.reserve(keyed.size());
    index.ids_.reserve(keyed.size());
    for (const Keyed& k : keyed) {
        ClusterPoint& point = points[k.index];
        index.keys_.push_back(k.key);
        index.x_.push_back(k.x);
        index.y_.push_back(k.y);
        index.kinds_.push_back(static_cast<std::uint8_t>(static_cast<unsigned>(point.kind) |
                                                         (point.emergency ? kEmergencyBit : 0U)));
        index.ids_.push_back(std::move(point.id));
    }
    return index;
}

}  // namespace parcours::map
