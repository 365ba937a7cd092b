#pragma once
// The projected coordinate systems FINESS uses, converted to and from WGS84 in core
// (no PROJ at run time; the tests compare against PROJ).

#include <string>
#include <string_view>

#include "parcours/common/result.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::geo {

enum class Projection {
    Lambert93,          // EPSG:2154, RGF93 / Lambert-93 (metropolitan France)
    TransverseMercator  // UTM, one zone and hemisphere (overseas), GRS80 ≈ WGS84
};

struct CoordinateSystem {
    Projection projection = Projection::Lambert93;
    int utmZone = 0;     // 1..60 for TransverseMercator
    bool south = false;  // southern hemisphere (false northing 10,000 km)
    int epsg = 2154;     // the EPSG code that names it (e.g. 2154, 5490, 2972, 32701)

    friend bool operator==(const CoordinateSystem&, const CoordinateSystem&) = default;
};

struct ProjectedPoint {
    double x = 0;  // easting, metres
    double y = 0;  // northing, metres
};

// Reads the coordinate system named at the end of a FINESS `sourcecoordet` field, in both
// generations: old tokens ("…,LAMBERT_93", "…,UTM_N20", "…,UTM_S40") and newer labels
// ("…,EPSG:2154 RGF93 / Lambert-93 (Métropole)", "…,WGS84/UTM zone 1S"). An unknown or
// missing system is an error: never guess a position.
Result<CoordinateSystem> parseCoordinateSystem(std::string_view sourcecoordet);

// Projected → WGS84. Fails on non-finite input or a point outside the system's domain.
Result<LatLon> toWgs84(const CoordinateSystem& system, ProjectedPoint p);

// WGS84 → projected (used to write fixtures and samples in the real format).
ProjectedPoint fromWgs84(const CoordinateSystem& system, LatLon p);

// The system's area of use, with a margin: a converted point outside it means the
// coordinates or the declared system are wrong (e.g. Lambert-93 given for La Réunion).
BoundingBox areaOfUse(const CoordinateSystem& system);

// "EPSG:2154 (Lambert-93)", "EPSG:2975 (UTM 40S)" — for messages.
std::string describe(const CoordinateSystem& system);

// Well-known systems.
CoordinateSystem lambert93();
CoordinateSystem utm(int zone, bool south, int epsg);

}  // namespace parcours::geo
