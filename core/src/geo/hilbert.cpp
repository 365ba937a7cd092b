#include "geo/hilbert.hpp"

#include <algorithm>
#include <utility>

namespace parcours::geo {

std::uint64_t hilbertIndex(LatLon p) {
    constexpr std::uint32_t kSide = 1u << 16;  // ~600 m cells at the equator: enough order
    auto cell = [](double v, double min, double max) {
        const double t = std::clamp((v - min) / (max - min), 0.0, 1.0);
        return std::min(static_cast<std::uint32_t>(t * kSide), kSide - 1);
    };
    std::uint32_t x = cell(p.lon, -180, 180), y = cell(p.lat, -90, 90);
    std::uint64_t d = 0;
    for (std::uint32_t s = kSide / 2; s > 0; s /= 2) {
        const std::uint32_t rx = (x & s) ? 1 : 0, ry = (y & s) ? 1 : 0;
        d += static_cast<std::uint64_t>(s) * s * ((3 * rx) ^ ry);
        if (ry == 0) {  // rotate the quadrant so the curve stays continuous
            if (rx == 1) {
                x = s - 1 - (x & (s - 1));
                y = s - 1 - (y & (s - 1));
            }
            std::swap(x, y);
        }
        x &= s - 1;
        y &= s - 1;
    }
    return d;
}

}  // namespace parcours::geo
