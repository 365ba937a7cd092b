#pragma once
// Where establishments are around a city: most near the centre, fewer in the suburbs, as
// in the real register.

#include "datagen/cities.hpp"
#include "datagen/random.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::datagen {

// A gaussian around the centre with the city's spread (three in four points), or two and a
// half times wider (the suburbs); never beyond three times that spread.
geo::LatLon scatterAround(const City& city, Random& rng);

}  // namespace parcours::datagen
