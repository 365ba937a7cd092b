#pragma once
// FINESS numbers (nofinesset, nofinessej): 9 characters, the département then 7 digits.
// The département part is two digits (01…95; 97 and 98 for overseas: 970100400 is in
// Guadeloupe, 980501506 in Mayotte) or 2A/2B for Corsica. The codes 9A…9J are in the
// `departement` field only, never in a FINESS number (checked on the 2026 extraction).

#include <cstdint>
#include <optional>
#include <string_view>

namespace parcours::directory {

// A compact key for a well-formed FINESS number (for the join of geolocalisation
// lines), nullopt for anything else. Distinct numbers give distinct keys.
std::optional<std::uint32_t> finessNumberKey(std::string_view number);

}  // namespace parcours::directory
