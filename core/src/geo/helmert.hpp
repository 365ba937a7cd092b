#pragma once
// Datum shifts: geodetic ↔ geocentric coordinates and the 7-parameter Helmert
// transformation, for the one non-WGS84 datum French data may name (Martinique 1938).

#include "geo/ellipsoid.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::geo {

// Position-vector convention (EPSG method 1033/9606), as published by EPSG.
struct Helmert {
    double tx = 0, ty = 0, tz = 0;  // metres
    double rx = 0, ry = 0, rz = 0;  // arc-seconds
    double scalePpm = 0;            // parts per million
};

// A position on `from` (height 0) moved to the same place expressed on `to`.
LatLon shiftDatum(LatLon p, const Ellipsoid& from, const Helmert& toTarget, const Ellipsoid& to);
// The inverse shift: a position on `to` back onto `from`.
LatLon unshiftDatum(LatLon p, const Ellipsoid& from, const Helmert& toTarget, const Ellipsoid& to);

// Martinique 1938 → WGS 84 (EPSG:1343 variant "(2)", accuracy 0.1 m), the one PROJ uses.
inline constexpr Helmert kMartinique1938ToWgs84{126.93, 547.94,  130.41, -2.7867,
                                                5.1612, -0.8584, 13.8227};

}  // namespace parcours::geo
