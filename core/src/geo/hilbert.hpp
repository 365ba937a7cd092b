#pragma once
// Position on a Hilbert curve over the whole globe: points close on the curve are close on
// the ground, so inserting in this order keeps R*Tree inserts and page writes local.

#include <cstdint>

#include "parcours/geo/lat_lon.hpp"

namespace parcours::geo {

std::uint64_t hilbertIndex(LatLon p);

}  // namespace parcours::geo
