#pragma once
// The directory the query benchmarks run on: 100,000 generated FINESS establishments,
// clustered around cities as real ones are, and 1,000 points drawn near real structures
// (where people live, where they look). Built once per benchmark process.

#include <cstdlib>
#include <optional>
#include <random>
#include <vector>

#include "datagen/finess_generator.hpp"
#include "parcours/directory/directory.hpp"
#include "parcours/directory/importer.hpp"
#include "support/import_request.hpp"
#include "support/temp_dir.hpp"

namespace parcours::bench {

struct NationalDirectory {
    test::TempDir tmp;
    std::optional<directory::Directory> dir;
    std::vector<geo::LatLon> points;  // near structures

    NationalDirectory() {
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
        while (points.size() < 1000) {
            const auto& e = (*truth)[pick(rng)];
            if (e.position)
                points.push_back({e.position->lat + jitter(rng), e.position->lon + jitter(rng)});
        }
    }
};

}  // namespace parcours::bench
