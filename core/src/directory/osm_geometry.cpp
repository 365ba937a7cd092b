#include "directory/osm_geometry.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace parcours::directory::osm {
namespace {

// Twice the signed area and the unnormalised centroid sums of the shoelace formula, taken
// relative to the first point so that large coordinates do not eat the precision.
struct Shoelace {
    double twiceArea = 0, sumLon = 0, sumLat = 0;
};

Shoelace shoelace(std::span<const geo::LatLon> ring) {
    Shoelace s;
    const geo::LatLon origin = ring.front();
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const geo::LatLon& a = ring[i];
        const geo::LatLon& b = ring[(i + 1) % ring.size()];  // closes an open ring
        const double x0 = a.lon - origin.lon, y0 = a.lat - origin.lat;
        const double x1 = b.lon - origin.lon, y1 = b.lat - origin.lat;
        const double cross = x0 * y1 - x1 * y0;
        s.twiceArea += cross;
        s.sumLon += (x0 + x1) * cross;
        s.sumLat += (y0 + y1) * cross;
    }
    return s;
}

std::string number(double d) {
    char buffer[32];
    auto end = std::to_chars(buffer, buffer + sizeof buffer, d).ptr;
    return std::string(buffer, end);
}

}  // namespace

bool isValidPosition(geo::LatLon p) {
    return std::isfinite(p.lat) && std::isfinite(p.lon) && std::abs(p.lat) <= 90 &&
           std::abs(p.lon) <= 180;
}

std::string describePosition(geo::LatLon p) {
    return "lat " + number(p.lat) + ", lon " + number(p.lon);
}

geo::LatLon meanPoint(std::span<const geo::LatLon> points) {
    double lat = 0, lon = 0;
    for (const auto& p : points) {
        lat += p.lat;
        lon += p.lon;
    }
    const auto n = static_cast<double>(points.size());
    return {lat / n, lon / n};
}

double ringArea(std::span<const geo::LatLon> ring) {
    if (ring.size() < 3) return 0;
    return std::abs(shoelace(ring).twiceArea) / 2;
}

geo::LatLon ringCentroid(std::span<const geo::LatLon> ring) {
    if (ring.size() < 3) return meanPoint(ring);
    const Shoelace s = shoelace(ring);
    const geo::LatLon origin = ring.front();
    double minLat = origin.lat, maxLat = origin.lat, minLon = origin.lon, maxLon = origin.lon;
    for (const auto& p : ring) {
        minLat = std::min(minLat, p.lat);
        maxLat = std::max(maxLat, p.lat);
        minLon = std::min(minLon, p.lon);
        maxLon = std::max(maxLon, p.lon);
    }
    // A ring whose area vanishes next to its extent is a line: its centroid would be
    // rounding noise divided by almost zero.
    const double extent = std::max(maxLat - minLat, maxLon - minLon);
    if (!(std::abs(s.twiceArea) > 1e-12 * extent * extent)) return meanPoint(ring);
    const geo::LatLon c{origin.lat + s.sumLat / (3 * s.twiceArea),
                        origin.lon + s.sumLon / (3 * s.twiceArea)};
    // A simple polygon's centroid is inside its bounding box; a self-crossing ring whose
    // lobes cancel out can throw it anywhere, so take the mean of its points there.
    if (!(c.lat >= minLat && c.lat <= maxLat && c.lon >= minLon && c.lon <= maxLon))
        return meanPoint(ring);
    return c;
}

geo::LatLon pathCentre(std::span<const geo::LatLon> points) {
    const bool closed = points.size() >= 4 && points.front().lat == points.back().lat &&
                        points.front().lon == points.back().lon;
    return closed ? ringCentroid(points) : meanPoint(points);
}

}  // namespace parcours::directory::osm
