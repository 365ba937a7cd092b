#pragma once
// WGS84 positions and distances on the Earth.

namespace parcours::geo {

struct LatLon {
    double lat = 0;  // degrees, north positive
    double lon = 0;  // degrees, east positive
};

// Great-circle distance in metres (haversine on the IUGG mean radius; at most ~0.5 %
// off the ellipsoidal distance, far below what a patient choosing a practice cares about).
double distanceMetres(LatLon a, LatLon b);

// The smallest latitude/longitude box that contains every point within `metres` of `centre`.
struct BoundingBox {
    double minLat = 0, minLon = 0, maxLat = 0, maxLon = 0;
};
BoundingBox boxAround(LatLon centre, double metres);

bool isValid(LatLon p);  // finite, lat in [-90, 90], lon in [-180, 180]

}  // namespace parcours::geo
