// Commune names in the one form they are compared in, and the labels of a position.
#include <string>
#include <vector>

#include "common/text.hpp"
#include "parcours/directory/communes.hpp"

namespace parcours::directory {

std::string_view communePositionLabelFr(CommunePosition origin) {
    switch (origin) {
        case CommunePosition::Commune:
            return "position de la commune";
        case CommunePosition::StructuresCentre:
            return "centre des structures connues";
        case CommunePosition::None:
            break;
    }
    return "position inconnue";
}

std::string_view communePositionId(CommunePosition origin) {
    switch (origin) {
        case CommunePosition::Commune:
            return "commune";
        case CommunePosition::StructuresCentre:
            return "structures";
        case CommunePosition::None:
            break;
    }
    return "none";
}

std::string foldCommuneName(std::string_view name) {
    const std::string folded = text::fold(name);
    // Words: runs of ASCII letters and digits, and of whatever non-ASCII fold kept (a
    // letter of another script is still part of a word).
    std::vector<std::string> words;
    std::string word;
    for (char c : folded) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
            word += c;
        } else if (!word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));

    std::string out;
    for (std::size_t i = 0; i < words.size(); ++i) {
        // "SAINT ETIENNE CEDEX 1" is an address's delivery line, not another commune; a
        // name that is only "Cedex" stays (it is then not a suffix).
        if (words[i] == "cedex" && i > 0) break;
        std::string_view w = words[i];
        if (w == "st") w = "saint";
        if (w == "ste") w = "sainte";
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

}  // namespace parcours::directory
