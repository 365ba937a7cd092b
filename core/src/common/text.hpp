#pragma once
// Text helpers shared by the importers: encodings and accent folding.

#include <string>
#include <string_view>

namespace parcours::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool isValidUtf8(std::string_view bytes);

// Windows-1252 → UTF-8. The five undefined bytes become U+FFFD.
std::string windows1252ToUtf8(std::string_view bytes);

// Lower-case ASCII with the accents of Latin letters removed ("Saint-Étienne" →
// "saint-etienne", "Œil" → "oeil"); other non-ASCII characters are kept as they are.
std::string fold(std::string_view utf8);

// Leading and trailing ASCII white space removed.
std::string_view trim(std::string_view s);

// Inner runs of white space collapsed to one space, ends trimmed.
std::string collapseSpaces(std::string_view s);

}  // namespace parcours::text
