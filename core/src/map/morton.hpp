#pragma once
// Z-order (Morton) keys on a 2^32 × 2^32 grid over the Web Mercator square [0, 1]²: every
// cell of a power-of-two grid of level L (2^L × 2^L cells) is one range of keys.

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>

namespace parcours::map {

inline constexpr unsigned kEmergencyBit = 0x80U;  // in ClusterIndex's kind byte
inline constexpr int kMaxLevel = 32;

// The bits of `v` spread to the even positions of a 64-bit word.
constexpr std::uint64_t spreadBits(std::uint32_t v) {
    std::uint64_t x = v;
    x = (x | (x << 16U)) & 0x0000FFFF0000FFFFULL;
    x = (x | (x << 8U)) & 0x00FF00FF00FF00FFULL;
    x = (x | (x << 4U)) & 0x0F0F0F0F0F0F0F0FULL;
    x = (x | (x << 2U)) & 0x3333333333333333ULL;
    x = (x | (x << 1U)) & 0x5555555555555555ULL;
    return x;
}

// A coordinate in [0, 1] to its column (or row) on the finest grid.
inline std::uint32_t gridCoordinate(double v) {
    const double scaled = std::floor(v * 4294967296.0);
    return static_cast<std::uint32_t>(std::clamp(scaled, 0.0, 4294967295.0));
}

inline std::uint64_t mortonKey(double x, double y) {
    return spreadBits(gridCoordinate(x)) | (spreadBits(gridCoordinate(y)) << 1U);
}

// The first and last key of cell (column, row) of level `level` (0..32).
struct KeyRange {
    std::uint64_t first, last;
};
inline KeyRange cellKeys(std::uint32_t column, std::uint32_t row, int level) {
    if (level == 0) return {0, ~std::uint64_t{0}};
    const unsigned shift = 2U * static_cast<unsigned>(kMaxLevel - level);
    const std::uint64_t prefix = spreadBits(column) | (spreadBits(row) << 1U);
    const std::uint64_t first = shift == 64 ? 0 : prefix << shift;
    const std::uint64_t span = shift == 0 ? 0 : (std::uint64_t{1} << shift) - 1;
    return {first, first + span};
}

// The finest level at which two keys are still in one cell.
inline int commonLevel(std::uint64_t a, std::uint64_t b) {
    const std::uint64_t diff = a ^ b;
    if (diff == 0) return kMaxLevel;
    return std::countl_zero(diff) / 2;
}

}  // namespace parcours::map
