#pragma once
// The position of a FINESS `geolocalisation` line: projected coordinates in the system its
// `sourcecoordet` names, converted to WGS84 and checked against that system's area, so
// that wrong coordinates or a wrong declared system are refused, never misplaced.

#include <string_view>
#include <unordered_map>

#include "parcours/common/result.hpp"
#include "parcours/geo/lat_lon.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::directory {

class FinessPositionResolver {
  public:
    // The error message is the reason for the import report ("bad coordinate coordxet …").
    // The views passed as `sourcecoordet` must outlive the resolver (they key its cache).
    Result<geo::LatLon> resolve(std::string_view coordxet, std::string_view coordyet,
                                std::string_view sourcecoordet);

  private:
    const Result<geo::CoordinateSystem>& system(std::string_view label);

    // A national file names a few dozen distinct sources (geocoder, score, system): parse
    // each once. Bounded, in case a file gives every line its own.
    static constexpr std::size_t kMaxCachedSystems = 1024;
    std::unordered_map<std::string_view, Result<geo::CoordinateSystem>> systems_;
};

// Inside the box (a box whose minLon > maxLon crosses the antimeridian).
bool isInside(const geo::BoundingBox& box, geo::LatLon p);

}  // namespace parcours::directory
