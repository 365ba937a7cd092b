#pragma once
// Specialty ids (normalizeSpecialty's output) and the accès direct spécifique of
// research/rules-fr.md R-EXC-02 (D162-1-7 CSS and the convention médicale).

#include <optional>
#include <span>
#include <string_view>

namespace parcours::rules {

// Every id normalizeSpecialty can return for a known specialty.
std::span<const std::string_view> specialtyIds();
bool isSpecialtyId(std::string_view id);

// Whether a specialty may be seen without the MT's referral: gynécologie, ophtalmologie and
// stomatologie at any age; psychiatrie and neuropsychiatrie from 16 to 25 (nullopt when the
// age that decides it is unknown); any other specialty: false.
std::optional<bool> directAccess(std::string_view specialtyId, std::optional<int> age);

}  // namespace parcours::rules
