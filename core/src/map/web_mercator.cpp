// Web Mercator, the spherical formulas slippy maps use (the sphere's radius cancels out).
#include "parcours/map/web_mercator.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace parcours::map {

double worldSize(double zoom) {
    return kTileSize * std::exp2(zoom);
}

WorldPoint project(geo::LatLon position, double zoom) {
    const double size = worldSize(zoom);
    const double lat = std::clamp(position.lat, -kMaxLatitude, kMaxLatitude);
    const double sinLat = std::sin(lat * std::numbers::pi / 180.0);
    const double x = (position.lon + 180.0) / 360.0;
    const double y = 0.5 - std::log((1 + sinLat) / (1 - sinLat)) / (4 * std::numbers::pi);
    return {x * size, y * size};
}

geo::LatLon unproject(WorldPoint point, double zoom) {
    const double size = worldSize(zoom);
    const double x = point.x / size - 0.5;
    const double y = 0.5 - point.y / size;
    const double lat =
        90.0 - 360.0 * std::atan(std::exp(-y * 2 * std::numbers::pi)) / std::numbers::pi;
    return {lat, 360.0 * x};
}

LatLonBox visibleBox(const Viewport& v) {
    const WorldPoint c = project(v.centre, v.zoom);
    const geo::LatLon nw = unproject({c.x - v.width / 2, c.y - v.height / 2}, v.zoom);
    const geo::LatLon se = unproject({c.x + v.width / 2, c.y + v.height / 2}, v.zoom);
    return {se.lat, nw.lon, nw.lat, se.lon};
}

}  // namespace parcours::map
