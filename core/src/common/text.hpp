#pragma once
// Text helpers shared by the importers: encodings and accent folding.

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>

namespace parcours::text {

// True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF).
bool isValidUtf8(std::string_view bytes);

// How much of `bytes` reads as UTF-8: well-formed multi-byte sequences against bytes that
// start none. Tells a UTF-8 file with a few damaged bytes (many sequences, few invalid)
// from a Windows-1252 one (accented letters are lone high bytes, hence all invalid).
struct Utf8Census {
    std::size_t multibyte = 0;  // well-formed sequences of 2 to 4 bytes
    std::size_t invalid = 0;    // bytes that do not start a well-formed sequence
};
Utf8Census utf8Census(std::string_view bytes);

// Windows-1252 → UTF-8. The five undefined bytes become U+FFFD.
std::string windows1252ToUtf8(std::string_view bytes);

// Lower-case ASCII with the accents of Latin letters removed ("Saint-Étienne" →
// "saint-etienne", "Œil" → "oeil"); other non-ASCII characters are kept as they are.
std::string fold(std::string_view utf8);

// Leading and trailing ASCII white space removed.
std::string_view trim(std::string_view s);

// Inner runs of white space (space, tab, CR, LF) collapsed to one space, ends trimmed.
std::string collapseSpaces(std::string_view s);

// The non-empty parts, each with its spaces collapsed, joined by `sep`: how the importers
// build one street or name from several published fields ("62" "AV" "DE JASSERON" →
// "62 AV DE JASSERON"), so that every source spells an address the same way.
std::string joinCollapsed(std::initializer_list<std::string_view> parts,
                          std::string_view sep = " ");

// At most `maxBytes` of `utf8` for an error message: cut on a character boundary (with
// "…" when cut) and control characters shown as '?', so that a binary file quoted in a
// message cannot garble a terminal or a log.
std::string printableExcerpt(std::string_view utf8, std::size_t maxBytes);

}  // namespace parcours::text
