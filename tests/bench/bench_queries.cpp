// Nearest-20 within 10 km through the R*Tree, against a full scan of the same table, on a
// national-size directory (100,000 generated establishments, clustered around cities as
// real ones are); and text search. Query points are drawn near real structures, where
// people live.
//
//   bench_queries --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <sqlite3.h>

#include <algorithm>
#include <random>

#include "bench/national_directory.hpp"
#include "parcours/directory/directory.hpp"

using namespace parcours;

namespace {

using Fixture = bench::NationalDirectory;

Fixture& fixture() {
    static Fixture f;
    return f;
}

void BM_Nearest20Within10km(benchmark::State& state) {
    auto& f = fixture();
    std::size_t i = 0, found = 0;
    for (auto _ : state) {
        directory::NearbyQuery q;
        q.at = f.points[i++ % f.points.size()];
        q.radiusMetres = 10'000;
        q.limit = 20;
        auto hits = f.dir->nearby(q);
        found += hits->size();
        benchmark::DoNotOptimize(hits);
    }
    state.counters["hits_per_query"] =
        static_cast<double>(found) / static_cast<double>(state.iterations());
}

// The baseline: every positioned row read and measured, the 20 closest kept.
void BM_FullScanNearest20Within10km(benchmark::State& state) {
    auto& f = fixture();
    sqlite3* db = nullptr;
    sqlite3_open_v2((f.tmp / "directory.sqlite").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT rowid, lat, lon FROM structures WHERE lat IS NOT NULL", -1,
                       &stmt, nullptr);
    std::size_t i = 0;
    std::vector<std::pair<double, std::int64_t>> candidates;
    for (auto _ : state) {
        const auto at = f.points[i++ % f.points.size()];
        candidates.clear();
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            const double d = geo::distanceMetres(
                at, {sqlite3_column_double(stmt, 1), sqlite3_column_double(stmt, 2)});
            if (d <= 10'000) candidates.emplace_back(d, sqlite3_column_int64(stmt, 0));
        }
        sqlite3_reset(stmt);
        const auto n = std::min<std::size_t>(20, candidates.size());
        std::partial_sort(candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(n),
                          candidates.end());
        benchmark::DoNotOptimize(candidates.data());
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
}

void BM_SearchTextNear(benchmark::State& state) {
    auto& f = fixture();
    std::size_t i = 0;
    for (auto _ : state) {
        directory::SearchQuery q;
        q.text = "centre sante";
        q.near = f.points[i++ % f.points.size()];
        auto hits = f.dir->search(q);
        benchmark::DoNotOptimize(hits);
    }
}

void BM_SearchTextPrefix(benchmark::State& state) {
    auto& f = fixture();
    for (auto _ : state) {
        directory::SearchQuery q;
        q.text = "mais sant";
        auto hits = f.dir->search(q);
        benchmark::DoNotOptimize(hits);
    }
}

}  // namespace

BENCHMARK(BM_Nearest20Within10km)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_FullScanNearest20Within10km)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchTextNear)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_SearchTextPrefix)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
