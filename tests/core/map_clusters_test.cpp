// Clustering for the map: what the user sees at each zoom is every structure of the view,
// once, in items that only split as they zoom in.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "parcours/directory/directory.hpp"
#include "parcours/map/clusters.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;
using directory::Kind;

namespace {

bool inside(const map::LatLonBox& box, geo::LatLon p) {
    constexpr double e = 1e-9;
    return p.lat >= box.south - e && p.lat <= box.north + e && p.lon >= box.west - e &&
           p.lon <= box.east + e;
}
bool contains(const map::LatLonBox& outer, const map::LatLonBox& inner) {
    return inside(outer, {inner.south, inner.west}) && inside(outer, {inner.north, inner.east});
}

// Structures spread over France, denser in a few towns, some at one spot (a hospital's
// departments); every kind, one in five with an emergency unit.
std::vector<map::ClusterPoint> france(std::size_t n) {
    std::mt19937 random(42);
    std::uniform_real_distribution<double> lat(42.5, 51), lon(-4.5, 8), unit(0, 1);
    std::normal_distribution<double> near(0, 0.05);
    const std::vector<geo::LatLon> towns{{45.7578, 4.8320}, {48.8566, 2.3522}, {43.2965, 5.3698}};
    std::vector<map::ClusterPoint> points;
    for (std::size_t i = 0; i < n; ++i) {
        geo::LatLon p{lat(random), lon(random)};
        if (i % 3 == 0) {
            const auto& t = towns[i % towns.size()];
            p = {t.lat + near(random), t.lon + near(random)};
        }
        if (i % 50 == 0) p = towns[0];
        const auto kind = static_cast<Kind>(i % map::kKindCount);
        points.push_back({"finess:" + std::to_string(i), p, kind, unit(random) < 0.2});
    }
    return points;
}

map::ClusterQuery query(geo::LatLon centre, double zoom, double width = 1280, double height = 800) {
    map::ClusterQuery q;
    q.viewport = {centre, zoom, width, height};
    return q;
}

std::vector<map::MapItem> itemsOf(const map::ClusterIndex& index, const map::ClusterQuery& q) {
    auto items = index.items(q);
    EXPECT_TRUE(items.ok()) << (items.ok() ? "" : items.error().message);
    return items.ok() ? *items : std::vector<map::MapItem>{};
}

bool accepted(const map::ClusterPoint& p, const directory::Filter& f) {
    if (f.emergencyOnly && !p.emergency) return false;
    if (f.kinds.empty()) return directory::isCareKind(p.kind);
    return std::find(f.kinds.begin(), f.kinds.end(), p.kind) != f.kinds.end();
}

// Every accepted structure the viewport shows is in exactly one item: its single, or the
// one cluster whose bounds hold it.
void expectPartition(const std::vector<map::ClusterPoint>& points,
                     const std::vector<map::MapItem>& items, const map::ClusterQuery& q) {
    const auto view = map::visibleBox(q.viewport);
    std::set<std::string> singles;
    for (const auto& item : items) {
        if (!item.isCluster) {
            EXPECT_TRUE(singles.insert(item.id).second) << item.id;
        }
        EXPECT_EQ(
            std::accumulate(item.countsByKind.begin(), item.countsByKind.end(), std::size_t{0}),
            item.count);
    }
    for (const auto& p : points) {
        if (!accepted(p, q.filter)) {
            EXPECT_EQ(singles.count(p.id), 0u) << p.id << " is filtered out";
            continue;
        }
        if (!inside(view, p.position)) continue;
        int holders = singles.count(p.id) ? 1 : 0;
        for (const auto& item : items)
            if (item.isCluster && inside(item.bounds, p.position)) ++holders;
        EXPECT_EQ(holders, 1) << p.id << " at zoom " << q.viewport.zoom;
    }
}

}  // namespace

TEST(MapClusters, EveryStructureOfTheViewIsInExactlyOneItem) {
    const auto points = france(3000);
    const auto index = map::ClusterIndex::build(points);
    ASSERT_EQ(index.size(), points.size());
    for (double zoom : {3.0, 5.0, 6.5, 8.0, 10.0, 12.0, 14.0})
        for (geo::LatLon centre : {geo::LatLon{46.6, 2.4}, geo::LatLon{45.7578, 4.8320}}) {
            const auto q = query(centre, zoom);
            const auto items = itemsOf(index, q);
            expectPartition(points, items, q);
        }
}

TEST(MapClusters, CountsAddUpToTheWholeWorld) {
    const auto points = france(5000);
    const auto index = map::ClusterIndex::build(points);
    for (double zoom : {0.0, 1.0, 2.0}) {
        const auto items = itemsOf(index, query({46.6, 2.4}, zoom, 2048, 2048));
        std::size_t total = 0;
        for (const auto& item : items) total += item.count;
        const auto care = std::count_if(points.begin(), points.end(),
                                        [](const auto& p) { return isCareKind(p.kind); });
        EXPECT_EQ(total, static_cast<std::size_t>(care)) << "zoom " << zoom;
        EXPECT_LE(items.size(), 500u);  // a few hundred items at most
    }
}

TEST(MapClusters, ZoomingInNeverMerges) {
    const auto points = france(3000);
    const auto index = map::ClusterIndex::build(points);
    const geo::LatLon lyon{45.7578, 4.8320};
    for (int zoom = 4; zoom < map::kMaxClusterZoom; ++zoom) {
        const auto outer = itemsOf(index, query(lyon, zoom));
        const auto inner = itemsOf(index, query(lyon, zoom + 1));
        // Each item after zooming in comes from one item before: never from two.
        for (const auto& b : inner) {
            int parents = 0;
            for (const auto& a : outer) {
                if (a.isCluster ? contains(a.bounds, b.bounds) && a.count >= b.count
                                : !b.isCluster && a.id == b.id)
                    ++parents;
            }
            EXPECT_EQ(parents, 1) << "zoom " << zoom + 1 << " count " << b.count;
        }
    }
}

TEST(MapClusters, AClusterSplitsAtItsSplitZoom) {
    const auto points = france(3000);
    const auto index = map::ClusterIndex::build(points);
    const auto items = itemsOf(index, query({46.6, 2.4}, 6));
    int checked = 0;
    for (const auto& cluster : items) {
        if (!cluster.isCluster || cluster.splitZoom >= map::kMaxClusterZoom) continue;
        EXPECT_GT(cluster.splitZoom, 6);
        // Centred on the cluster at its split zoom: its structures are in several items.
        const auto after = itemsOf(index, query(cluster.position, cluster.splitZoom, 4096, 4096));
        int parts = 0;
        std::size_t total = 0;
        for (const auto& item : after)
            if (contains(cluster.bounds, item.bounds)) ++parts, total += item.count;
        EXPECT_GE(parts, 2);
        EXPECT_EQ(total, cluster.count);
        ++checked;
    }
    EXPECT_GT(checked, 10);
}

TEST(MapClusters, AtMaxZoomEveryStructureIsOnItsOwn) {
    const auto points = france(2000);
    const auto index = map::ClusterIndex::build(points);
    const geo::LatLon lyon{45.7578, 4.8320};  // 40 structures at exactly this spot
    const auto sameSpot = [&](geo::LatLon p) {
        return std::abs(p.lat - lyon.lat) < 1e-9 && std::abs(p.lon - lyon.lon) < 1e-9;
    };
    const auto careThere = std::count_if(points.begin(), points.end(), [&](const auto& p) {
        return sameSpot(p.position) && isCareKind(p.kind);
    });
    ASSERT_GE(careThere, 30);
    for (double zoom : {18.0, 19.0}) {
        const auto items = itemsOf(index, query(lyon, zoom));
        std::size_t atLyon = 0;
        for (const auto& item : items) {
            EXPECT_FALSE(item.isCluster);
            if (sameSpot(item.position)) ++atLyon;
        }
        EXPECT_EQ(atLyon, static_cast<std::size_t>(careThere));
    }
}

TEST(MapClusters, FiltersAsTheDirectoryDoes) {
    const auto points = france(3000);
    const auto index = map::ClusterIndex::build(points);
    std::vector<directory::Filter> filters(4);
    filters[1].kinds = {Kind::Msp, Kind::Pharmacy};
    filters[2].emergencyOnly = true;
    filters[3].kinds = {Kind::Other};
    for (const auto& filter : filters)
        for (double zoom : {5.0, 9.0, 13.0}) {
            auto q = query({45.7578, 4.8320}, zoom);
            q.filter = filter;
            const auto items = itemsOf(index, q);
            expectPartition(points, items, q);
            for (const auto& item : items) {
                for (std::size_t k = 0; k < map::kKindCount; ++k) {
                    if (item.countsByKind[k] > 0) {
                        EXPECT_TRUE(accepted({"", {}, static_cast<Kind>(k), true}, filter));
                    }
                }
            }
        }
    auto q = query({45.7578, 4.8320}, 10);
    q.filter.specialty = "general";
    EXPECT_FALSE(index.items(q).ok());  // not held by the index: said, not ignored
}

TEST(MapClusters, RefusesAMeaninglessViewport) {
    const auto index = map::ClusterIndex::build(france(10));
    for (auto q : {query({95, 2}, 5), query({45, 2}, -1), query({45, 2}, 5, 0, 800),
                   query({45, 2}, 5, 1280, 1e6)}) {
        auto items = index.items(q);
        ASSERT_FALSE(items.ok());
        EXPECT_EQ(items.error().kind, ErrorKind::Usage);
    }
    auto q = query({45, 2}, 5);
    q.radiusPixels = 2;
    EXPECT_FALSE(index.items(q).ok());
}

// Wallis (176° W) and Futuna (178° W) are the only French territories west of the
// antimeridian; New Caledonia (166° E) is the nearest across it. The grid never wraps: they
// are never one cluster and no centroid falls between them, while a view centred on Wallis
// that crosses the antimeridian still shows New Caledonia.
TEST(MapClusters, NeverClustersAcrossTheAntimeridian) {
    std::vector<map::ClusterPoint> points;
    for (int i = 0; i < 20; ++i) {
        const double d = i * 0.01;
        points.push_back({"wallis:" + std::to_string(i), {-13.28 + d, -176.17 + d}, Kind::Msp});
        points.push_back({"futuna:" + std::to_string(i), {-14.29 + d, -178.12 + d}, Kind::Msp});
        points.push_back({"noumea:" + std::to_string(i), {-22.27 + d, 166.45 + d}, Kind::Msp});
    }
    const auto index = map::ClusterIndex::build(points);
    const geo::LatLon wallis{-13.28, -176.17};
    for (int zoom = 0; zoom <= map::kMaxClusterZoom; ++zoom) {
        const auto q = query(wallis, zoom);
        const auto items = itemsOf(index, q);
        for (const auto& item : items) {
            EXPECT_LE(item.bounds.west, item.bounds.east);
            EXPECT_TRUE((item.bounds.east < 0) == (item.bounds.west < 0)) << "zoom " << zoom;
            EXPECT_TRUE((item.position.lon < 0) == (item.bounds.west < 0));
        }
        if (zoom <= 4) {  // 1280 px at zoom 4 spans 112°: Nouméa is in view across 180°
            std::size_t east = 0, west = 0;
            for (const auto& item : items) (item.position.lon > 0 ? east : west) += item.count;
            EXPECT_EQ(east, 20u) << "zoom " << zoom;
            EXPECT_EQ(west, 40u) << "zoom " << zoom;
        }
    }
}

TEST(MapClusters, LoadsEveryPositionedStructureOfTheDirectory) {
    test::TempDir dir;
    auto d = directory::Directory::open(dir / "directory.sqlite");
    ASSERT_TRUE(d.ok());
    std::vector<directory::Structure> all;
    for (int i = 0; i < 30; ++i) {
        directory::Structure s;
        s.source = "osm";  // FINESS structures get their emergency flag from the sites
        s.sourceId = "node/" + std::to_string(i);
        s.kind = i % 2 ? Kind::Msp : Kind::Other;
        s.name = "Structure " + std::to_string(i);
        if (i % 10 != 0) s.position = geo::LatLon{45.75 + i * 0.001, 4.83};
        s.emergency = i == 3;
        all.push_back(s);
    }
    ASSERT_TRUE(d->replaceSource({"osm", "test", "", 0}, all).ok());
    auto index = map::loadClusterIndex(*d);
    ASSERT_TRUE(index.ok());
    EXPECT_EQ(index->size(), 27u);
    auto q = query({45.765, 4.83}, map::kMaxClusterZoom, 16384, 16384);  // ±3 km
    q.filter.kinds = {Kind::Msp, Kind::Other};
    const auto items = itemsOf(*index, q);
    ASSERT_EQ(items.size(), 27u);
    const auto three = std::find_if(items.begin(), items.end(),
                                    [](const auto& i) { return i.id == "osm:node/3"; });
    ASSERT_NE(three, items.end());
    EXPECT_TRUE(three->emergency);
    EXPECT_EQ(three->kind, Kind::Msp);
}
