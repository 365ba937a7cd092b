#pragma once
// The `sourcecoordet` field FINESS writes beside each position: geocoder, score and the
// coordinate system, in the old (to 2021) and new (2025–26) generations.

#include <string>

#include "datagen/random.hpp"
#include "parcours/geo/projection.hpp"

namespace parcours::datagen {

struct CoordinateLabel {
    std::string sourcecoordet;
    geo::CoordinateSystem system;  // the system the label names
};

// `territoryEpsg` is the system of the city's territory (City::epsg). Old labels exist
// for every territory but Wallis-et-Futuna, which then gets a new one. `communeCentre`
// is the fallback geocoding on the commune's centre ("ADMIN-EXPRESS-2023" with score
// "."), new generation only.
CoordinateLabel coordinateLabel(int territoryEpsg, bool oldGeneration, bool communeCentre,
                                Random& rng);

// True when an old token exists for the territory.
bool hasOldLabel(int territoryEpsg);

}  // namespace parcours::datagen
