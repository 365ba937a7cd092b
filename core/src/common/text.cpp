#include "common/text.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "common/utf8.hpp"

namespace parcours::text {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Windows-1252 0x80..0x9F; 0xFFFD where the code page defines nothing.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

// Folding of U+00C0..U+00FF to ASCII ("" keeps the character as it is).
constexpr std::array<std::string_view, 64> kLatin1Fold{
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y"};

// Decodes one code point from valid UTF-8 at s[i]; advances i.
char32_t decode(std::string_view s, std::size_t& i) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
        ++i;
        return b;
    }
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t cp = b & (0x3F >> extra);
    ++i;
    for (int k = 0; k < extra && i < s.size(); ++k, ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(s[i]) & 0x3F);
    return cp;
}

std::string_view foldExtended(char32_t cp) {
    switch (cp) {
        case 0x0152:
        case 0x0153:
            return "oe";  // Œ œ
        case 0x0178:
            return "y";  // Ÿ
        case 0x2019:
        case 0x2018:
            return "'";
        default:
            break;
    }
    if (cp >= 0x0100 && cp <= 0x017F) {
        // Latin Extended-A pairs letters upper/lower; fold the common ones by range.
        // One ASCII letter per code point U+0100..U+017F, in Unicode order.
        static constexpr std::string_view base =
            "aaaaaa"
            "cccccccc"
            "dddd"
            "eeeeeeeeee"
            "gggggggg"
            "hhhh"
            "iiiiiiiiii"
            "ii"
            "jj"
            "kkk"
            "llllllllll"
            "nnnnnnnnn"
            "oooooo"
            "oo"
            "rrrrrr"
            "ssssssss"
            "tttttt"
            "uuuuuuuuuuuu"
            "ww"
            "yyy"
            "zzzzzz"
            "s";
        static_assert(base.size() == 0x80);
        std::size_t idx = cp - 0x0100;
        if (idx < base.size()) return base.substr(idx, 1);
    }
    return {};
}

// Length of the well-formed UTF-8 sequence at s[i] (1 for ASCII), 0 when there is none.
std::size_t sequenceLength(std::string_view s, std::size_t i) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    return p[i] < 0x80 ? 1 : utf8::sequenceLength(p + i, p + s.size());
}

}  // namespace

bool isValidUtf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        // ASCII eight bytes at a time: whole files go through here.
        while (s.size() - i >= 8) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080ULL) != 0) break;
            i += 8;
        }
        if (i == s.size()) break;
        std::size_t length = sequenceLength(s, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

Utf8Census utf8Census(std::string_view s) {
    Utf8Census census;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t length = sequenceLength(s, i);
        if (length == 0) {
            ++census.invalid;
            ++i;
            continue;
        }
        if (length > 1) ++census.multibyte;
        i += length;
    }
    return census;
}

std::string windows1252ToUtf8(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (char c : bytes) {
        auto b = static_cast<unsigned char>(c);
        if (b < 0x80) {
            out += c;
        } else if (b < 0xA0) {
            utf8::append(out, kCp1252High[b - 0x80]);
        } else {
            utf8::append(out, b);
        }
    }
    return out;
}

std::string fold(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    std::size_t i = 0;
    while (i < utf8.size()) {
        std::size_t start = i;
        char32_t cp = decode(utf8, i);
        if (cp < 0x80) {
            char c = static_cast<char>(cp);
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            out += c;
            continue;
        }
        std::string_view folded;
        if (cp >= 0xC0 && cp <= 0xFF)
            folded = kLatin1Fold[cp - 0xC0];
        else
            folded = foldExtended(cp);
        if (!folded.empty())
            out += folded;
        else
            out.append(utf8.substr(start, i - start));
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front())) s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back())) s.remove_suffix(1);
    return s;
}

std::string collapseSpaces(std::string_view s) {
    s = trim(s);
    // Most names and addresses need nothing: copy them whole (importers call this on
    // every field of national files).
    bool clean = true;
    for (std::size_t i = 0; clean && i < s.size(); ++i)
        clean = !isSpace(s[i]) || (s[i] == ' ' && !isSpace(s[i + 1]));  // trimmed: i + 1 exists
    if (clean) return std::string(s);
    std::string out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (char c : s) {
        if (isSpace(c)) {
            pendingSpace = true;
            continue;
        }
        if (pendingSpace) out += ' ';
        pendingSpace = false;
        out += c;
    }
    return out;
}

std::string joinCollapsed(std::initializer_list<std::string_view> parts, std::string_view sep) {
    std::string out;
    for (std::string_view part : parts) {
        std::string collapsed = collapseSpaces(part);
        if (collapsed.empty()) continue;
        if (!out.empty()) out += sep;
        out += collapsed;
    }
    return out;
}

std::string printableExcerpt(std::string_view utf8, std::size_t maxBytes) {
    bool cut = utf8.size() > maxBytes;
    if (cut) {
        std::size_t end = maxBytes;
        // Back off continuation bytes so that a character is never split.
        while (end > 0 && (static_cast<unsigned char>(utf8[end]) & 0xC0) == 0x80) --end;
        utf8 = utf8.substr(0, end);
    }
    std::string out;
    out.reserve(utf8.size() + 3);
    for (char c : utf8) out += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c;
    if (cut) out += "…";
    return out;
}

}  // namespace parcours::text
