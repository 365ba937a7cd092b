#pragma once
// Lambert Conformal Conic with two standard parallels (EPSG method 9802), the projection
// of Lambert-93.

#include "geo/ellipsoid.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::geo {

struct LambertConformalParameters {
    Ellipsoid ellipsoid;
    double lat0 = 0, lon0 = 0;  // degrees: origin
    double lat1 = 0, lat2 = 0;  // degrees: the two standard parallels
    double x0 = 0, y0 = 0;      // metres: false easting and northing
};

class LambertConformal {
  public:
    explicit LambertConformal(const LambertConformalParameters& p);

    [[nodiscard]] ProjectedPoint forward(LatLon p) const;
    [[nodiscard]] LatLon inverse(ProjectedPoint p) const;

  private:
    // Isometric-latitude term t(φ) of Snyder (15-9).
    [[nodiscard]] double t(double phi) const;

    double e_, lon0_, x0_, y0_;
    double n_, f_, rho0_;  // cone constant, scale term a·F, radius at the origin
};

// RGF93 / Lambert-93 (EPSG:2154).
const LambertConformal& lambert93Projection();

}  // namespace parcours::geo
