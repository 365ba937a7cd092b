// Projected ↔ WGS84 for the systems of projection.hpp.
#include "parcours/geo/projection.hpp"

#include <cmath>
#include <string>

#include "geo/helmert.hpp"
#include "geo/lambert_conformal.hpp"
#include "geo/transverse_mercator.hpp"

namespace parcours::geo {
namespace {

// Far beyond any coordinate on Earth in these systems: catches unit mix-ups (millimetres,
// centimetres) and garbage before the trigonometry does something odd with it.
constexpr double kMaxCoordinate = 2e7;
// The Krüger series is exact to nanometres within 3,900 km of the central meridian and
// degrades beyond; UTM coordinates never come close, so refuse rather than guess.
constexpr double kMaxUtmOffset = 3.5e6;

const Ellipsoid& ellipsoidOf(Datum datum) {
    return datum == Datum::Martinique1938 ? kInternational1924 : kGrs80;
}

TransverseMercator utmProjection(const CoordinateSystem& system) {
    return TransverseMercator(
        utmParameters(ellipsoidOf(system.datum), system.utmZone, system.south));
}

std::string numbers(ProjectedPoint p) {
    return "(" + std::to_string(p.x) + ", " + std::to_string(p.y) + ")";
}

}  // namespace

Result<LatLon> toWgs84(const CoordinateSystem& system, ProjectedPoint p) {
    if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
        return badInput("coordinates are not finite numbers in " + describe(system));
    }
    if (std::abs(p.x) > kMaxCoordinate || std::abs(p.y) > kMaxCoordinate) {
        return badInput("coordinates " + numbers(p) + " are out of range for " + describe(system));
    }
    LatLon result;
    if (system.projection == Projection::Lambert93) {
        result = lambert93Projection().inverse(p);
    } else {
        if (system.utmZone < 1 || system.utmZone > 60) {
            return usageError("no such UTM zone in " + describe(system));
        }
        if (std::abs(p.x - 500000.0) > kMaxUtmOffset) {
            return badInput("easting " + numbers(p) + " is too far from the zone of " +
                            describe(system));
        }
        result = utmProjection(system).inverse(p);
        if (system.datum == Datum::Martinique1938) {
            result = shiftDatum(result, kInternational1924, kMartinique1938ToWgs84, kWgs84);
        }
    }
    if (!isValid(result)) {
        return badInput("coordinates " + numbers(p) + " are outside the domain of " +
                        describe(system));
    }
    return result;
}

ProjectedPoint fromWgs84(const CoordinateSystem& system, LatLon p) {
    if (system.projection == Projection::Lambert93) return lambert93Projection().forward(p);
    if (system.datum == Datum::Martinique1938) {
        p = unshiftDatum(p, kInternational1924, kMartinique1938ToWgs84, kWgs84);
    }
    return utmProjection(system).forward(p);
}

}  // namespace parcours::geo
