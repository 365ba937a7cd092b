#pragma once
// What a health structure is, for a patient looking for care.

#include <optional>
#include <span>
#include <string_view>

namespace parcours::directory {

enum class Kind {
    Msp,                 // maison de santé pluriprofessionnelle
    CentreSante,         // centre de santé
    Cpts,                // communauté professionnelle territoriale de santé
    Esp,                 // équipe de soins primaires
    SoinsNonProgrammes,  // lieu de soins non programmés
    Hospital,            // hospital (the emergency flag says whether it has an ER)
    Clinic,              // private clinic, specialised establishment
    Practice,            // a doctor's or other professional's practice
    Pharmacy,
    Laboratory,
    Other,  // registered, but not where a patient seeks a doctor
};

// Every kind, in display order.
std::span<const Kind> allKinds();

// Stable identifiers for the CLI, JSON and the database: "msp", "centre-sante", …
std::string_view kindId(Kind kind);
std::optional<Kind> kindFromId(std::string_view id);

// French label for people: "Maison de santé pluriprofessionnelle", …
std::string_view kindLabelFr(Kind kind);
// The label in a language of the app: "en" for English, French otherwise.
std::string_view kindLabel(Kind kind, std::string_view language);

// The kinds where a patient can look for a doctor (everything but Other).
bool isCareKind(Kind kind);

}  // namespace parcours::directory
