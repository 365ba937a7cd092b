#pragma once
// Seeded randomness that gives the same numbers with every standard library: the
// committed sample is compared byte for byte with a fresh one, so we cannot use
// std::uniform_int_distribution or std::normal_distribution, whose algorithms are left
// to each implementation. std::mt19937 itself is fully specified.

#include <cassert>
#include <cmath>
#include <cstdint>
#include <random>
#include <span>

namespace parcours::datagen {

class Random {
  public:
    explicit Random(std::uint32_t seed) : engine_(seed) {}

    // Uniform in [0, 1), from 53 random bits.
    double unit() {
        const std::uint64_t high = next() >> 5;  // 27 bits
        const std::uint64_t low = next() >> 6;   // 26 bits
        return static_cast<double>((high << 26) | low) * 0x1.0p-53;
    }

    // Uniform integer in [0, n), n > 0 (rejection sampling: no modulo bias).
    std::uint32_t below(std::uint32_t n) {
        const std::uint32_t limit = static_cast<std::uint32_t>(0x100000000ULL % n);
        std::uint32_t r = next();
        while (r < limit) r = next();
        return r % n;
    }

    // Uniform integer in [lo, hi].
    int between(int lo, int hi) {
        assert(lo <= hi);
        return lo + static_cast<int>(below(static_cast<std::uint32_t>(hi - lo + 1)));
    }

    bool chance(double p) { return unit() < p; }

    // Standard normal, by Box–Muller.
    double normal() {
        const double u = 1.0 - unit();  // (0, 1]: log is finite
        const double v = unit();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * 3.14159265358979323846 * v);
    }

    template <class T>
    const T& pick(std::span<const T> items) {
        return items[below(static_cast<std::uint32_t>(items.size()))];
    }

    // An index drawn with probability proportional to weights[i].
    std::size_t weighted(std::span<const int> weights) {
        int total = 0;
        for (int w : weights) total += w;
        int r = between(0, total - 1);
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i]) return i;
            r -= weights[i];
        }
        return weights.size() - 1;
    }

  private:
    // mt19937 yields 32 bits in a type that may be wider.
    std::uint32_t next() { return static_cast<std::uint32_t>(engine_()); }

    std::mt19937 engine_;
};

}  // namespace parcours::datagen
