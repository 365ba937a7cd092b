#include "geo/helmert.hpp"

#include <cmath>

namespace parcours::geo {
namespace {

constexpr double kArcSecond = kDegree / 3600;

struct Vec3 {
    double x, y, z;
};

Vec3 toGeocentric(LatLon p, const Ellipsoid& ell) {
    const double phi = p.lat * kDegree, lambda = p.lon * kDegree;
    const double s = std::sin(phi);
    const double n = ell.a / std::sqrt(1 - ell.e2() * s * s);  // prime vertical radius
    return {n * std::cos(phi) * std::cos(lambda), n * std::cos(phi) * std::sin(lambda),
            n * (1 - ell.e2()) * s};
}

LatLon toGeodetic(Vec3 v, const Ellipsoid& ell) {
    const double e2 = ell.e2();
    const double p = std::hypot(v.x, v.y);
    double phi = std::atan2(v.z, p * (1 - e2));
    // Fixed-point iteration on φ; the height stays within metres of zero here, so the
    // error shrinks by ~e² per step and eight steps are far beyond double precision.
    for (int i = 0; i < 8; ++i) {
        const double s = std::sin(phi);
        const double n = ell.a / std::sqrt(1 - e2 * s * s);
        const double h = p / std::cos(phi) - n;
        phi = std::atan2(v.z, p * (1 - e2 * n / (n + h)));
    }
    return {phi / kDegree, std::atan2(v.y, v.x) / kDegree};
}

// The small-angle rotation matrix of the position-vector convention, as PROJ applies it.
Vec3 rotate(Vec3 v, const Helmert& h, bool transpose) {
    const double rx = h.rx * kArcSecond, ry = h.ry * kArcSecond, rz = h.rz * kArcSecond;
    const double sign = transpose ? -1 : 1;
    return {v.x - sign * rz * v.y + sign * ry * v.z, sign * rz * v.x + v.y - sign * rx * v.z,
            -sign * ry * v.x + sign * rx * v.y + v.z};
}

}  // namespace

LatLon shiftDatum(LatLon p, const Ellipsoid& from, const Helmert& toTarget, const Ellipsoid& to) {
    const double scale = 1 + toTarget.scalePpm * 1e-6;
    const Vec3 r = rotate(toGeocentric(p, from), toTarget, false);
    return toGeodetic(
        {toTarget.tx + scale * r.x, toTarget.ty + scale * r.y, toTarget.tz + scale * r.z}, to);
}

LatLon unshiftDatum(LatLon p, const Ellipsoid& from, const Helmert& toTarget, const Ellipsoid& to) {
    const double scale = 1 + toTarget.scalePpm * 1e-6;
    const Vec3 v = toGeocentric(p, to);
    // The transpose undoes a small rotation to second order in the angles (~25 µrad here:
    // under 5 mm on the Earth's surface), which is also what PROJ does.
    return toGeodetic(rotate({(v.x - toTarget.tx) / scale, (v.y - toTarget.ty) / scale,
                              (v.z - toTarget.tz) / scale},
                             toTarget, true),
                      from);
}

}  // namespace parcours::geo
