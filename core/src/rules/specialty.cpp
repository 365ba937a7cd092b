// Specialty names as people, the FINESS and OpenStreetMap write them, to one id per
// specialty, so that a rule tests "specialty = psychiatrie" whatever was typed.
#include "rules/specialty.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "common/text.hpp"
#include "parcours/rules/facts.hpp"

namespace parcours::rules {
namespace {

struct Pattern {
    std::string_view key;  // folded; a word when `word`, otherwise a part of a word
    bool word;
    std::string_view id;
};

// First match wins: the longer, more specific keys come before the keys they contain
// ("neuropsychiatr" before "psychiatr", "pedopsychiatr" before "pediatr").
constexpr std::array kPatterns{
    Pattern{"neuropsychiatr", false, "neuropsychiatrie"},
    Pattern{"neuro-psychiatr", false, "neuropsychiatrie"},
    Pattern{"neuro psychiatr", false, "neuropsychiatrie"},
    Pattern{"pedopsychiatr", false, "psychiatrie"},
    Pattern{"psychiatr", false, "psychiatrie"},
    Pattern{"gyneco", false, "gynecologie"},
    Pattern{"gynaeco", false, "gynecologie"},
    Pattern{"gyneco-obst", false, "gynecologie"},
    Pattern{"obstetri", false, "gynecologie"},
    Pattern{"gyn", true, "gynecologie"},
    Pattern{"ophtalm", false, "ophtalmologie"},
    Pattern{"ophthalm", false, "ophtalmologie"},
    Pattern{"ophtalmo", true, "ophtalmologie"},
    Pattern{"stomato", false, "stomatologie"},
    Pattern{"chirurgie orale", false, "stomatologie"},
    Pattern{"oral surgery", false, "stomatologie"},
    Pattern{"maxillo", false, "stomatologie"},
    Pattern{"dentist", false, "dentiste"},
    Pattern{"dentaire", false, "dentiste"},
    Pattern{"dental", false, "dentiste"},
    Pattern{"odonto", false, "dentiste"},
    Pattern{"sage-femme", false, "sage-femme"},
    Pattern{"sage femme", false, "sage-femme"},
    Pattern{"sages-femmes", false, "sage-femme"},
    Pattern{"midwife", false, "sage-femme"},
    Pattern{"midwiv", false, "sage-femme"},
    Pattern{"maieuti", false, "sage-femme"},
    Pattern{"pediatr", false, "pediatrie"},
    Pattern{"paediatr", false, "pediatrie"},
    Pattern{"dermato", false, "dermatologie"},
    Pattern{"venereo", false, "dermatologie"},
    Pattern{"cardio", false, "cardiologie"},
    Pattern{"rhumato", false, "rhumatologie"},
    Pattern{"rheumato", false, "rhumatologie"},
    Pattern{"endocrino", false, "endocrinologie"},
    Pattern{"diabeto", false, "endocrinologie"},
    Pattern{"gastro", false, "gastro-enterologie"},
    Pattern{"hepato", false, "gastro-enterologie"},
    Pattern{"pneumo", false, "pneumologie"},
    Pattern{"pulmono", false, "pneumologie"},
    Pattern{"neurolog", false, "neurologie"},
    Pattern{"oto-rhino", false, "orl"},
    Pattern{"otorhino", false, "orl"},
    Pattern{"otolaryng", false, "orl"},
    Pattern{"orl", true, "orl"},
    Pattern{"ent", true, "orl"},
    Pattern{"radiolog", false, "radiologie"},
    Pattern{"urolog", false, "urologie"},
    Pattern{"nephrolog", false, "nephrologie"},
    Pattern{"oncolog", false, "oncologie"},
    Pattern{"cancerolog", false, "oncologie"},
    Pattern{"allergo", false, "allergologie"},
    Pattern{"geriatr", false, "geriatrie"},
    Pattern{"medecine generale", false, "medecine-generale"},
    Pattern{"generalist", false, "medecine-generale"},
    Pattern{"general practi", false, "medecine-generale"},
    Pattern{"medecin traitant", false, "medecine-generale"},
    Pattern{"family medicine", false, "medecine-generale"},
    Pattern{"family doctor", false, "medecine-generale"},
    Pattern{"general", true, "medecine-generale"},
    Pattern{"gp", true, "medecine-generale"},
    Pattern{"mg", true, "medecine-generale"},
};

constexpr std::array<std::string_view, 25> kIds{
    "medecine-generale", "gynecologie",        "ophtalmologie", "psychiatrie", "neuropsychiatrie",
    "stomatologie",      "pediatrie",          "dermatologie",  "cardiologie", "rhumatologie",
    "endocrinologie",    "gastro-enterologie", "pneumologie",   "neurologie",  "orl",
    "radiologie",        "urologie",           "nephrologie",   "oncologie",   "allergologie",
    "geriatrie",         "dentiste",           "sage-femme",    "chirurgie",   "medecine-interne",
};

bool isWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

// `key` occurs in `text` as a whole word (bounded by non-letters).
bool containsWord(std::string_view text, std::string_view key) {
    for (std::size_t pos = text.find(key); pos != std::string_view::npos;
         pos = text.find(key, pos + 1)) {
        const bool startOk = pos == 0 || !isWordChar(text[pos - 1]);
        const std::size_t end = pos + key.size();
        const bool endOk = end == text.size() || !isWordChar(text[end]);
        if (startOk && endOk) return true;
    }
    return false;
}

}  // namespace

std::span<const std::string_view> specialtyIds() {
    return kIds;
}

bool isSpecialtyId(std::string_view id) {
    return std::find(kIds.begin(), kIds.end(), id) != kIds.end();
}

std::string normalizeSpecialty(std::string_view input) {
    std::string folded = text::collapseSpaces(text::fold(text::trim(input)));
    std::replace(folded.begin(), folded.end(), '_', ' ');  // OSM: "general_practice"
    if (isSpecialtyId(folded)) return folded;
    if (folded == "chirurgie" || folded == "surgery" || folded == "chirurgien") return "chirurgie";
    if (folded.find("medecine interne") != std::string::npos ||
        folded.find("internal medicine") != std::string::npos)
        return "medecine-interne";
    for (const auto& p : kPatterns) {
        const bool found =
            p.word ? containsWord(folded, p.key) : folded.find(p.key) != std::string::npos;
        if (found) return std::string(p.id);
    }
    return folded;
}

std::optional<bool> directAccess(std::string_view id, std::optional<int> age) {
    if (id == "gynecologie" || id == "ophtalmologie" || id == "stomatologie") return true;
    if (id == "psychiatrie" || id == "neuropsychiatrie") {
        if (!age) return std::nullopt;
        return *age >= 16 && *age <= 25;
    }
    return false;
}

}  // namespace parcours::rules
