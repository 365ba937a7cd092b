#include "parcours/geo/lat_lon.hpp"

#include <algorithm>
#include <cmath>

#include "geo/ellipsoid.hpp"

namespace parcours::geo {
namespace {

// IUGG mean Earth radius R1 = (2a + b) / 3 of WGS84.
constexpr double kMeanRadius = 6371008.8;

double square(double v) {
    return v * v;
}

}  // namespace

double distanceMetres(LatLon a, LatLon b) {
    const double phi1 = a.lat * kDegree;
    const double phi2 = b.lat * kDegree;
    const double dPhi = phi2 - phi1;
    const double dLambda = (b.lon - a.lon) * kDegree;
    // Haversine: well conditioned for the short distances we care about (unlike the
    // spherical law of cosines, which loses metres to rounding below a kilometre).
    const double h = square(std::sin(dPhi / 2)) +
                     std::cos(phi1) * std::cos(phi2) * square(std::sin(dLambda / 2));
    return 2 * kMeanRadius * std::asin(std::min(1.0, std::sqrt(h)));
}

BoundingBox boxAround(LatLon centre, double metres) {
    // A negative or NaN radius means "just this point".
    const double radius = metres > 0 ? metres : 0;
    const double angle = radius / kMeanRadius;  // radians of great circle
    if (angle >= kPi) return {-90, -180, 90, 180};

    const double angleDeg = angle / kDegree;
    BoundingBox box{centre.lat - angleDeg, centre.lon, centre.lat + angleDeg, centre.lon};
    // A circle that reaches a pole contains every longitude there.
    if (box.maxLat >= 90 || box.minLat <= -90) {
        return {std::max(box.minLat, -90.0), -180, std::min(box.maxLat, 90.0), 180};
    }
    // The widest longitude of a spherical cap is not at the centre's latitude but where a
    // meridian is tangent to the circle: sin(dLon) = sin(angle) / cos(lat).
    const double dLon = std::asin(std::sin(angle) / std::cos(centre.lat * kDegree)) / kDegree;
    box.minLon = centre.lon - dLon;
    box.maxLon = centre.lon + dLon;
    // A box across the antimeridian cannot be written with minLon <= maxLon, which is what
    // every caller (and the R*Tree) expects: take all longitudes instead. Still contains
    // the circle; the distance filter that follows removes the extra points.
    if (box.minLon < -180 || box.maxLon > 180) {
        box.minLon = -180;
        box.maxLon = 180;
    }
    return box;
}

bool isValid(LatLon p) {
    return std::isfinite(p.lat) && std::isfinite(p.lon) && p.lat >= -90 && p.lat <= 90 &&
           p.lon >= -180 && p.lon <= 180;
}

}  // namespace parcours::geo
