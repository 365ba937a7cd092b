#pragma once
// Strict number parsing for data files: the whole field must be the number.

#include <optional>
#include <string_view>

namespace parcours::text {

// A finite decimal number ("870215.7", "-61.5", "6.5e6"), nothing before or after it.
// Empty text, "nan", "inf", a leading '+', a decimal comma or trailing garbage give
// nullopt: a coordinate we cannot read must never become 0 or a guess.
std::optional<double> parseFiniteDouble(std::string_view text);

}  // namespace parcours::text
