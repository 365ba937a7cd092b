#pragma once
// Reference ellipsoids: the shapes the projections are computed on.

#include <cmath>

namespace parcours::geo {

struct Ellipsoid {
    double a = 0;  // semi-major axis, metres
    double f = 0;  // flattening

    [[nodiscard]] double e2() const { return f * (2 - f); }  // first eccentricity squared
    [[nodiscard]] double e() const { return std::sqrt(e2()); }
    [[nodiscard]] double n() const { return f / (2 - f); }  // third flattening
};

// GRS80: RGF93 and the overseas ITRF realisations. WGS84 differs from it by 0.1 mm in the
// semi-minor axis, which is why the two are used interchangeably below the metre.
inline constexpr Ellipsoid kGrs80{6378137.0, 1 / 298.257222101};
inline constexpr Ellipsoid kWgs84{6378137.0, 1 / 298.257223563};
// International 1924 (Hayford): Martinique 1938.
inline constexpr Ellipsoid kInternational1924{6378388.0, 1 / 297.0};

inline constexpr double kPi = 3.14159265358979323846;
inline constexpr double kDegree = kPi / 180;

}  // namespace parcours::geo
