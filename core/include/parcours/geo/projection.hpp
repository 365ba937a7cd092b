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

// The geodetic datum the projected coordinates are expressed in. RGF93, RGAF09, RGFG95,
// RGR92, RGM04, RGSPM06 and RRAF 1991 are all realisations of ITRF on GRS80, within a few
// centimetres of WGS84: one case. The only other datum we accept is Martinique 1938
// (EPSG:2973, International 1924 ellipsoid), ~420 m away from WGS84: treating it as GRS80
// would misplace every point, so it is converted with its published Helmert shift.
enum class Datum {
    Wgs84Compatible,
    Martinique1938,
};

struct CoordinateSystem {
    Projection projection = Projection::Lambert93;
    int utmZone = 0;     // 1..60 for TransverseMercator
    bool south = false;  // southern hemisphere (false northing 10,000 km)
    int epsg = 2154;     // the EPSG code that names it (e.g. 2154, 5490, 2972, 32701)
    Datum datum = Datum::Wgs84Compatible;

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
CoordinateSystem utm(int zone, bool south, int epsg);  // on a WGS84-compatible datum

// The system an EPSG code names, among those French health data use: 2154 (Lambert-93),
// the overseas UTM codes (5490, 4559, 2973, 2972, 4467, 2975, 4471) and WGS 84 / UTM
// (326zz north, 327zz south). Any other code is an error.
Result<CoordinateSystem> coordinateSystemFromEpsg(int epsg);

}  // namespace parcours::geo
