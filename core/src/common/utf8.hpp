#pragma once
// UTF-8 checks and encoding shared by the text helpers and the JSON reader and writer,
// inline because the JSON reader calls them for every non-ASCII character of a 100 MB file.

#include <cstddef>
#include <string>

namespace parcours::utf8 {

// Length of the well-formed UTF-8 sequence starting at p (p < end, *p >= 0x80), or 0 when
// it is not one: a stray continuation byte, an overlong form, a surrogate, a code point
// above U+10FFFF or a truncated sequence (Unicode Table 3-7).
inline std::size_t sequenceLength(const unsigned char* p, const unsigned char* end) {
    const unsigned char b = p[0];
    const auto left = static_cast<std::size_t>(end - p);
    auto cont = [&](std::size_t i, unsigned char lo, unsigned char hi) {
        return i < left && p[i] >= lo && p[i] <= hi;
    };
    if (b >= 0xC2 && b <= 0xDF) return cont(1, 0x80, 0xBF) ? 2 : 0;
    if (b >= 0xE0 && b <= 0xEF) {
        const unsigned char lo = b == 0xE0 ? 0xA0 : 0x80;
        const unsigned char hi = b == 0xED ? 0x9F : 0xBF;  // ED A0..BF would be surrogates
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) ? 3 : 0;
    }
    if (b >= 0xF0 && b <= 0xF4) {
        const unsigned char lo = b == 0xF0 ? 0x90 : 0x80;
        const unsigned char hi = b == 0xF4 ? 0x8F : 0xBF;
        return cont(1, lo, hi) && cont(2, 0x80, 0xBF) && cont(3, 0x80, 0xBF) ? 4 : 0;
    }
    return 0;
}

// Appends a Unicode scalar value (not a surrogate, at most U+10FFFF) as UTF-8.
inline void append(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

}  // namespace parcours::utf8
