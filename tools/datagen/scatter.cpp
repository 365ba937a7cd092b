#include "datagen/scatter.hpp"

#include <cmath>

namespace parcours::datagen {

geo::LatLon scatterAround(const City& city, Random& rng) {
    constexpr double kKmPerDegree = 111.195;  // one degree of latitude on the mean sphere
    const double sigma = rng.chance(0.25) ? 2.5 * city.spreadKm : city.spreadKm;
    double east = rng.normal() * sigma;
    double north = rng.normal() * sigma;
    // Clip the rare far tail: an establishment 20 km out at sea helps no test.
    const double distance = std::hypot(east, north);
    if (distance > 3 * sigma) {
        east *= 3 * sigma / distance;
        north *= 3 * sigma / distance;
    }
    const double lat = city.centre.lat + north / kKmPerDegree;
    const double lon =
        city.centre.lon +
        east / (kKmPerDegree * std::cos(city.centre.lat * 3.14159265358979323846 / 180));
    return {lat, std::remainder(lon, 360.0)};
}

}  // namespace parcours::datagen
