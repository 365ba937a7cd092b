#pragma once
// The pieces of JSON text the OpenStreetMap writers need.

#include <string>
#include <string_view>

namespace parcours::datagen {

// A JSON string literal with its quotes: `"`, `\` and control characters escaped
// (\n, \t… or \u00XX); other UTF-8 passes through, as Overpass writes it.
std::string jsonString(std::string_view utf8);

// A coordinate with 7 decimals, as Overpass prints them ("48.8566000" → "48.8566").
std::string jsonCoordinate(double degrees);

}  // namespace parcours::datagen
