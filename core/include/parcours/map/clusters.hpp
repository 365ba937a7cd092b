#pragma once
// What the map draws for a viewport: single structures, and clusters where they are too
// close to tell apart at that zoom.
//
// Design: a grid over a point index built once per directory content, not a per-viewport
// SQLite query. The points (position, kind, emergency, id) are held in memory sorted by
// their Morton (Z-order) key on a 2^32 × 2^32 Web Mercator grid, so every cell of every
// power-of-two grid is one contiguous run of that array, found by two binary searches.
// A viewport picks the grid level whose cells are about `radiusPixels` wide on screen,
// walks the visible cells (a few hundred) and aggregates each cell's points in one pass:
// O(points in view). Measured (tests/bench/bench_clusters, release, 100,000 structures,
// 1280 × 800, a loaded 2-core machine): 0.44 ms with all of France in view (zoom 5, 63k
// structures), 0.1 ms at zooms 8 to 14; the inBox query of the same box alone takes 104 ms
// (limit 500) to 480 ms (every row) at zoom 5, 3–4 ms at zoom 14. Building the index
// (loadClusterIndex) takes 0.6 s, once per directory content.
// Why a grid and not supercluster's distance merge:
//  - cells of level L+1 split cells of level L, so zooming in never merges anything and a
//    cluster's structures are exactly those under it (the "tap to zoom in" is exact);
//  - kind filters need no rebuild: the aggregation skips the points the filter refuses;
//  - memory is ~40 bytes a point plus its id, nothing per zoom level.
// The price: two structures a few pixels apart on either side of a cell edge stay two
// items (supercluster would merge them). Acceptable for a health directory map.
//
// The antimeridian: the grid starts at 180° W and never wraps, so no cell, and no cluster
// or centroid, spans it: the French territories on either side of it (Wallis-et-Futuna at
// 176–178° W; New Caledonia at 164–168° E) are never merged, and no centroid falls in
// between. A viewport that crosses it (centred near Wallis) is cut in two and both parts are
// clustered; items keep their true longitude in [-180, 180], the map item places them.

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/directory/kind.hpp"
#include "parcours/directory/query.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/map/web_mercator.hpp"

namespace parcours::directory {
class Directory;
}

namespace parcours::map {

// Above this zoom (and at it) the map shows every structure on its own.
inline constexpr int kMaxClusterZoom = 18;
inline constexpr std::size_t kKindCount = static_cast<std::size_t>(directory::Kind::Other) + 1;

struct ClusterPoint {
    std::string id;  // the directory's id, "finess:010000024"
    geo::LatLon position;
    directory::Kind kind = directory::Kind::Other;
    bool emergency = false;
};

struct ClusterQuery {
    Viewport viewport;
    double radiusPixels = 60;  // cells are about this wide on screen; 8 to 1024
    // kinds and emergencyOnly as the directory's nearby/inBox (empty kinds: every care
    // kind, Other excluded); a specialty is refused for now (the index does not hold it).
    directory::Filter filter;
};

struct MapItem {
    bool isCluster = false;
    std::string id;        // a single structure's id; empty for a cluster
    geo::LatLon position;  // the structure's, or the centroid of the cluster's
    directory::Kind kind = directory::Kind::Other;  // a cluster: its most frequent kind
    bool emergency = false;                         // a cluster: one of them has one
    std::size_t count = 1;
    LatLonBox bounds;  // of the cluster's structures (a single: its position)
    std::array<std::size_t, kKindCount> countsByKind{};  // indexed by Kind
    // The zoom at which a cluster splits into several items ("tap to zoom in"); a single's
    // is the query's zoom.
    int splitZoom = 0;
};

class ClusterIndex {
  public:
    ClusterIndex() = default;
    // Points with an invalid position (see geo::isValid) are left out.
    static ClusterIndex build(std::vector<ClusterPoint> points);

    [[nodiscard]] std::size_t size() const { return ids_.size(); }

    // The items of a viewport: every indexed structure the filter accepts and the viewport
    // shows is in exactly one item (structures of a cell that is partly in view come too).
    // Invalid viewport, radius or filter: a usage error.
    [[nodiscard]] Result<std::vector<MapItem>> items(const ClusterQuery& query) const;

  private:
    std::vector<std::uint64_t> keys_;  // Morton keys, sorted
    std::vector<double> x_, y_;        // Web Mercator in [0, 1], same order
    std::vector<std::uint8_t> kinds_;  // Kind, bit 7 set when emergency
    std::vector<std::string> ids_;
};

// Every positioned structure of the directory (every kind, Other included), in one read.
Result<ClusterIndex> loadClusterIndex(const directory::Directory& directory);

}  // namespace parcours::map
