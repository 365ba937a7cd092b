#include "datagen/coordinate_labels.hpp"

#include <array>
#include <string_view>

namespace parcours::datagen {
namespace {

struct TerritoryLabels {
    int epsg;                   // the territory's system in new labels
    std::string_view oldToken;  // empty: none
    int oldEpsg;                // the system the old token stands for (as core reads it)
    std::string_view newLabel;
};

// New labels as in the 2025–26 extractions; for Guyane, La Réunion and Mayotte only the
// code is known to be exact, the wording follows the Antilles one.
constexpr std::array kLabels{
    TerritoryLabels{2154, "LAMBERT_93", 2154, "EPSG:2154 RGF93 / Lambert-93 (Métropole)"},
    TerritoryLabels{5490, "UTM_N20", 5490, "EPSG:5490 RGAF09/UTM Zone 20N (Antilles)"},
    TerritoryLabels{2972, "UTM_N22", 2972, "EPSG:2972 RGFG95/UTM Zone 22N (Guyane)"},
    TerritoryLabels{2975, "UTM_S40", 2975, "EPSG:2975 RGR92/UTM Zone 40S (La Réunion)"},
    TerritoryLabels{4471, "UTM_S38", 4471, "EPSG:4471 RGM04/UTM Zone 38S (Mayotte)"},
    TerritoryLabels{32621, "UTM_N21", 4467, "WGS84/UTM zone 21N"},
    TerritoryLabels{32701, "", 0, "WGS84/UTM zone 1S"},
};

const TerritoryLabels& labelsFor(int epsg) {
    for (const auto& l : kLabels) {
        if (l.epsg == epsg) return l;
    }
    return kLabels.front();
}

geo::CoordinateSystem systemFor(int epsg) {
    auto system = geo::coordinateSystemFromEpsg(epsg);
    return system ? *system : geo::lambert93();
}

}  // namespace

bool hasOldLabel(int territoryEpsg) {
    return !labelsFor(territoryEpsg).oldToken.empty();
}

CoordinateLabel coordinateLabel(int territoryEpsg, bool oldGeneration, bool communeCentre,
                                Random& rng) {
    const TerritoryLabels& labels = labelsFor(territoryEpsg);
    // The leading number is the geocoding pass; most positions come from the first.
    const std::string pass = rng.chance(0.9) ? "1" : "2";
    if (oldGeneration && !labels.oldToken.empty()) {
        const int score = rng.chance(0.7) ? 100 : rng.between(60, 99);
        return {pass + ",ATLASANTE," + std::to_string(score) + ",IGN,BD_ADRESSE,V2.2," +
                    std::string(labels.oldToken),
                systemFor(labels.oldEpsg)};
    }
    if (communeCentre) {
        return {pass + ",ATLASANTE,.,ADMIN-EXPRESS-2023," + std::string(labels.newLabel),
                systemFor(labels.epsg)};
    }
    const int score = rng.between(50, 100);
    return {pass + ",ATLASANTE," + std::to_string(score) + ",BAN," + std::string(labels.newLabel),
            systemFor(labels.epsg)};
}

}  // namespace parcours::datagen
