// Clustering a map viewport (the bar: under 16 ms for a pan or a zoom with 100,000
// structures), against the baseline of the directory's inBox query of the same box alone
// (limit 500, as a list would use it, and unlimited, what per-viewport clustering over SQLite
// would need). The directory is 100,000 generated establishments clustered around cities;
// the viewport is 1280 × 800 pixels centred near real structures, the radius 60 pixels.
//
//   bench_clusters --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <limits>
#include <optional>
#include <random>

#include "bench/national_directory.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/map/clusters.hpp"

using namespace parcours;

namespace {

struct Fixture {
    bench::NationalDirectory national;
    map::ClusterIndex index;

    Fixture() {
        auto built = map::loadClusterIndex(*national.dir);
        if (!built) std::abort();
        index = std::move(built).value();
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

map::Viewport viewport(geo::LatLon centre, benchmark::State& state) {
    return {centre, static_cast<double>(state.range(0)), 1280, 800};
}

// A pan or a zoom: the items of a new viewport, from the index in memory.
void BM_Clusters(benchmark::State& state) {
    auto& f = fixture();
    std::size_t i = 0, items = 0, structures = 0;
    for (auto _ : state) {
        map::ClusterQuery q;
        q.viewport = viewport(f.national.points[i++ % f.national.points.size()], state);
        auto result = f.index.items(q);
        if (!result) std::abort();
        items += result->size();
        for (const auto& item : *result) structures += item.count;
        benchmark::DoNotOptimize(result);
    }
    const auto n = static_cast<double>(state.iterations());
    state.counters["items"] = static_cast<double>(items) / n;
    state.counters["structures"] = static_cast<double>(structures) / n;
}

// The baseline: the directory's box query of the same viewport alone, nothing clustered.
void inBox(benchmark::State& state, std::size_t limit) {
    auto& f = fixture();
    std::size_t i = 0, found = 0;
    for (auto _ : state) {
        const auto box =
            map::visibleBox(viewport(f.national.points[i++ % f.national.points.size()], state));
        directory::BoxQuery q;
        q.box = {box.south, box.west, box.north, box.east};
        q.limit = limit;
        auto hits = f.national.dir->inBox(q);
        if (!hits) std::abort();
        found += hits->size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits"] = static_cast<double>(found) / static_cast<double>(state.iterations());
}
void BM_InBox500(benchmark::State& state) {
    inBox(state, 500);
}
void BM_InBoxAll(benchmark::State& state) {
    inBox(state, std::numeric_limits<std::size_t>::max());
}

// Once per directory content: every positioned structure read and indexed.
void BM_BuildIndex(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) {
        auto built = map::loadClusterIndex(*f.national.dir);
        if (!built) std::abort();
        benchmark::DoNotOptimize(built);
    }
    state.counters["structures"] = static_cast<double>(f.index.size());
}

}  // namespace

// Zoom 5: all of metropolitan France in view; 8: a region; 11: a city; 14: a district.
BENCHMARK(BM_Clusters)->Arg(5)->Arg(8)->Arg(11)->Arg(14)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InBox500)->Arg(5)->Arg(8)->Arg(11)->Arg(14)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_InBoxAll)->Arg(5)->Arg(8)->Arg(11)->Arg(14)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildIndex)->Unit(benchmark::kMillisecond)->Iterations(3);
BENCHMARK_MAIN();
