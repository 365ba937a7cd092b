#pragma once
// Real French cities, metropolitan and overseas, around which the generators place their
// fictional establishments: real centres, INSEE codes, postcodes, and the coordinate
// system FINESS writes each territory in, so that every system appears.

#include <span>
#include <string_view>

#include "parcours/geo/lat_lon.hpp"

namespace parcours::datagen {

struct City {
    std::string_view name;            // as people write it: "Saint-Étienne"
    std::string_view upperName;       // as FINESS names write it: "SAINT-ÉTIENNE"
    std::string_view acheminement;    // La Poste's line: upper case, no accents, "SAINT ETIENNE"
    std::string_view postcode;        // "42000"
    std::string_view departement;     // FINESS code: "42", "2A", "9D"
    std::string_view libdepartement;  // "LOIRE", "LA REUNION"
    std::string_view commune;         // last three characters of the INSEE code: "218"
    std::string_view finessPrefix;    // how the territory's FINESS numbers start: "42", "9704"
    std::string_view phonePrefix;     // national 10-digit prefix, "04", "0262"; empty: none
    std::string_view intlPhone;       // as OpenStreetMap writes it: "+33 4", "+262 262"
    geo::LatLon centre;               // WGS84, the town hall or thereabouts
    double spreadKm = 3;              // standard deviation of the establishments around it
    int weight = 1;                   // relative share of the establishments
    int epsg = 2154;                  // the system FINESS writes its coordinates in
};

// About 25 cities; every coordinate system FINESS uses appears at least once.
std::span<const City> allCities();

}  // namespace parcours::datagen
