#pragma once
// Web Mercator (EPSG:3857 as slippy maps use it): a WGS84 position to "world" pixels at a
// zoom level, where the whole world is 256 × 2^zoom pixels square, x to the east from
// 180° W and y to the south from 85.0511° N. Fractional zooms are allowed (pinch).

#include "parcours/geo/lat_lon.hpp"

namespace parcours::map {

inline constexpr double kTileSize = 256.0;
inline constexpr double kMaxLatitude = 85.0511287798066;  // where the square ends

struct WorldPoint {
    double x = 0, y = 0;  // pixels at the given zoom
};

WorldPoint project(geo::LatLon position, double zoom);  // latitude clamped to ±kMaxLatitude
geo::LatLon unproject(WorldPoint point, double zoom);
double worldSize(double zoom);  // 256 · 2^zoom

// The WGS84 box a viewport of `width` × `height` pixels centred on `centre` shows.
struct Viewport {
    geo::LatLon centre;
    double zoom = 5;
    double width = 360, height = 640;
};
struct LatLonBox {
    double south = 0, west = 0, north = 0, east = 0;
};
LatLonBox visibleBox(const Viewport& viewport);

}  // namespace parcours::map
