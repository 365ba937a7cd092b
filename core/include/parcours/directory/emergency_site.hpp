#pragma once
// A site authorised for emergency medicine, as a source lists it: the FINESS activities
// dataset ("finess-activites") or the DREES SAE URGENCES table ("sae-urgences").

#include <string>

namespace parcours::directory {

struct EmergencySite {
    std::string finess;  // the geographic FINESS number (nofinesset, numFinessEge)
    std::string label;   // what kind of unit: "Structure des urgences", "Urgences pédiatriques"…
};

}  // namespace parcours::directory
