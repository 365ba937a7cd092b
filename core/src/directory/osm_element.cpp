#include "directory/osm_element.hpp"

namespace parcours::directory::osm {

bool isOsmType(std::string_view type) {
    return type == "node" || type == "way" || type == "relation";
}

bool isOsmNumber(std::string_view digits) {
    if (digits.empty() || digits.size() > 19 || digits.front() == '0') return false;
    for (char c : digits)
        if (c < '0' || c > '9') return false;
    return true;
}

std::string quoted(std::string_view text) {
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return "\"" + std::string(text) + "\"";
    std::size_t cut = kMax;
    // Cut before a UTF-8 continuation byte would split a character.
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return "\"" + std::string(text.substr(0, cut)) + "…\"";
}

}  // namespace parcours::directory::osm
