#pragma once
// Where to place an OpenStreetMap way or relation: one point for its whole geometry.
// Computed on longitude/latitude as plane coordinates, which is exact enough for a
// building or a hospital campus.

#include <span>
#include <string>

#include "parcours/geo/lat_lon.hpp"

namespace parcours::directory::osm {

// "lat 91, lon 2.5", for messages.
std::string describePosition(geo::LatLon p);

// The mean of the points (not empty).
geo::LatLon meanPoint(std::span<const geo::LatLon> points);

// The area of the polygon `ring` (closed or not), in square degrees; 0 when degenerate.
double ringArea(std::span<const geo::LatLon> ring);

// The area centroid of the polygon `ring` (closed or not), or the mean of its points when
// it encloses no area (all points on a line). Not empty.
geo::LatLon ringCentroid(std::span<const geo::LatLon> ring);

// For a way's points: the area centroid when they form a closed ring (at least four
// points, the last repeating the first), else the mean of the points. Not empty.
geo::LatLon pathCentre(std::span<const geo::LatLon> points);

}  // namespace parcours::directory::osm
