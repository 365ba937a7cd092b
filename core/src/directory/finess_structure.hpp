#pragma once
// A `structureet` line of the FINESS etalab extraction → a Structure of the directory.

#include <span>
#include <string>
#include <string_view>

#include "parcours/directory/structure.hpp"

namespace parcours::directory {

// `fields` is a whole structureet line (32 fields, tag first) whose nofinesset has been
// checked. Names and addresses keep FINESS's own spelling and capitals; only runs of
// spaces are collapsed. No position (geolocalisation lines give it), emergency unknown.
Structure structureFromFiness(std::span<const std::string_view> fields);

// "01440 VIRIAT" → {"01440", "VIRIAT"}; "97306 CAYENNE CEDEX" → {"97306", "CAYENNE CEDEX"}.
// Without a leading 5-digit code the whole line is the city.
struct PostalLine {
    std::string postcode;
    std::string city;
};
PostalLine splitAcheminement(std::string_view line);

// The street part: numvoie typvoie voie compvoie, as published ("900 RTE DE PARIS");
// where there is no street, the distribution complement and lieu-dit/BP ("BP 381").
std::string finessAddress(std::span<const std::string_view> fields);

}  // namespace parcours::directory
