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

#include "datagen/finess_generator.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

using namespace parcours;

namespace {

struct Fixture {
    test::TempDir tmp;
    std::optional<directory::Directory> dir;
    std::vector<geo::LatLon> queryPoints;

    Fixture() {
        datagen::FinessOptions options;
        options.count = 100'000;
        options.seed = 2026;
        const auto file = tmp / "finess.csv";
        auto truth = datagen::writeFinessFile(options, file);
        if (!truth) std::abort();
        auto opened = directory::Directory::open(tmp / "directory.sqlite");
        if (!opened) std::abort();
        dir.emplace(std::move(opened).value());
        if (!directory::importFiles(*dir, test::importRequest({file}))) std::abort();
        std::mt19937 rng(7);
        std::normal_distribution<double> jitter(0, 0.02);
        std::uniform_int_distribution<std::size_t> pick(0, truth->size() - 1);
        while (queryPoints.size() < 1000) {
            const auto& e = (*truth)[pick(rng)];
            if (e.position)
                queryPoints.push_back(
                    {e.position->lat + jitter(rng), e.position->lon + jitter(rng)});
        }
    }
};

Fixture& fixture() {
    static Fixture f;
    return f;
}

void BM_Nearest20Within10km(benchmark::State& state) {
    auto& f = fixture();
    std::size_t i = 0, found = 0;
    for (auto _ : state) {
        directory::NearbyQuery q;
        q.at = f.queryPoints[i++ % f.queryPoints.size()];
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
        const auto at = f.queryPoints[i++ % f.queryPoints.size()];
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
        q.near = f.queryPoints[i++ % f.queryPoints.size()];
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
