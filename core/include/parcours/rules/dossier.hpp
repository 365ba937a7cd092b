#pragma once
// Documents built from the journal (text, Markdown or HTML; the app makes the PDF):
//   cpam  — the request for help finding a médecin traitant, with the table of every
//           practice contacted (dates, outcomes, reasons), the fields of the Assurance
//           Maladie questionnaire "Difficultés d'accès à un médecin traitant";
//   ordre — a complaint for a discriminatory refusal of care (L1110-3 CSP, R4127-7) to the
//           conseil départemental de l'ordre des médecins or the CPAM director.

#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/records.hpp"
#include "parcours/rules/pack.hpp"

namespace parcours::rules {

enum class DossierKind { Cpam, Ordre };
enum class DossierFormat { Markdown, Html, Text };

// Only what the user chose to fill; an empty field is left out (never invented).
struct Identity {
    std::string fullName, birthDate, nir, address, phone, email;
};

struct DossierInput {
    Identity identity;
    journal::Profile profile;
    journal::Demarche demarche;
    std::vector<journal::Call> calls;  // in time order
    journal::Date today;
};

// Ordre needs at least one refused-discrimination call (the one complained of): BadInput
// otherwise, saying so.
Result<std::string> buildDossier(const RulePack& pack, DossierKind kind, DossierFormat format,
                                 const DossierInput& input);

}  // namespace parcours::rules
