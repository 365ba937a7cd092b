#pragma once
// Writes the FINESS JSON datasets "finess-structures-1" and "finess-activites-1" in the
// layout data.gouv.fr publishes (schemas and examples: github ansforge/finess,
// flux/out/data.gouv): pretty-printed by Jackson (" : ", two-space indent), coded values
// as plain strings, the metadata and the "gcc"/"gco" groups before "pmej". For the test
// fixtures and the national-size benchmark file.

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "finess_generator.hpp"
#include "parcours/geo/lat_lon.hpp"

namespace parcours::datagen {

// An establishment (EGE) as the structures dataset describes it.
struct FinessJsonSite {
    std::string finess;  // numFinessEge
    std::string nameShort, nameLong;
    std::string category;  // categorieentiteGeographiqueExercice, "603"
    std::string numeroVoie, typeVoie, libelleVoie, lieuDit;
    std::string postcode, city;  // codePostal, ligneAcheminement
    std::string phone;
    std::optional<geo::LatLon> position;
    bool closed = false;  // etatObjet "I" and a dateFermeture
};

// A legal entity (PMEJ) and its establishments.
struct FinessJsonEntity {
    std::string finess;  // numFinessPm
    std::string name;
    std::vector<FinessJsonSite> sites;
};

// An activity exercised at an establishment (activitesExercees), nature AMF.
struct FinessJsonActivity {
    std::string activite;  // activiteAMF: "14" médecine d'urgence, "18" cancer…
    std::string modalite;  // modaliteActivite: "23" SU, "24" SUP, "26" SMUR…
    bool active = true;    // etatObjet "A", else "I"
};

struct FinessJsonActivitySite {
    std::string finessEntity;  // the PMEJ's numFiness
    std::string finess;        // numFinessEge
    std::vector<FinessJsonActivity> activities;
};

void writeFinessStructuresJson(std::ostream& out, const std::vector<FinessJsonEntity>& entities,
                               std::string_view generatedAt = "2026-06-01T04:12:00.000000Z");
std::string finessStructuresJson(const std::vector<FinessJsonEntity>& entities,
                                 std::string_view generatedAt = "2026-06-01T04:12:00.000000Z");

// One PMEJ per distinct finessEntity, in order of first appearance.
std::string finessActivitiesJson(const std::vector<FinessJsonActivitySite>& sites,
                                 std::string_view generatedAt = "2026-06-01T04:12:00.000000Z");

// The establishments an etalab file was generated with (generateFiness), as the JSON
// dataset lists them: the same numbers, names, categories, cities and positions, three
// establishments per legal entity.
std::vector<FinessJsonEntity> finessJsonEntities(
    const std::vector<GeneratedEstablishment>& establishments);

}  // namespace parcours::datagen
