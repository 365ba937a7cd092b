#pragma once
// Small helpers shared by the benchmark tools: wall-clock timing, medians, peak memory,
// scratch databases, and stopping on the first error (a benchmark has no way round one).

#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <utility>
#include <vector>

#include "parcours/common/result.hpp"

namespace parcours::bench {

template <class F>
double secondsOf(F&& f) {
    const auto start = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

inline double median(std::vector<double> v) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const std::size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Peak resident memory of this process so far, in MiB.
inline double peakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// A SQLite database and its WAL, shared memory and rollback journal.
inline void removeDatabase(const std::filesystem::path& db) {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        std::filesystem::remove(db.string() + suffix);
}

template <class T>
T orDie(Result<T> r) {
    if (!r) {
        std::cerr << r.error().message << '\n';
        std::exit(1);
    }
    return std::move(r).value();
}

inline void orDie(Result<void> r) {
    if (!r) {
        std::cerr << r.error().message << '\n';
        std::exit(1);
    }
}

}  // namespace parcours::bench
