#include "datagen/names.hpp"

#include <array>

namespace parcours::datagen {
namespace words {
namespace {

constexpr std::array<std::string_view, 12> kTrees{
    "Tilleuls",  "Platanes", "Chênes",   "Érables", "Marronniers", "Cerisiers",
    "Peupliers", "Acacias",  "Oliviers", "Mimosas", "Cèdres",      "Bouleaux"};
constexpr std::array<std::string_view, 8> kFlowers{"Lilas",      "Glycines", "Hortensias",
                                                   "Camélias",   "Bleuets",  "Coquelicots",
                                                   "Jonquilles", "Magnolias"};
constexpr std::array<std::string_view, 14> kPlaces{
    "du Parc",   "du Marché",       "de la Fontaine", "du Château", "de l'Étang",
    "du Moulin", "de la Gare",      "du Port",        "du Lac",     "des Remparts",
    "du Vallon", "de la Citadelle", "du Canal",       "des Coteaux"};
constexpr std::array<std::string_view, 12> kIdeals{
    "Lumière",     "Horizon", "Équinoxe",  "Alizés",     "Escale",    "Boussole",
    "Arc-en-Ciel", "Soleil",  "Cap Santé", "Confluence", "Renouveau", "Hélios"};
constexpr std::array<std::string_view, 10> kSaints{
    "Saint-Martin", "Sainte-Anne", "Saint-Joseph",  "Saint-Louis",   "Sainte-Claire",
    "Saint-Éloi",   "Saint-Roch",  "Sainte-Agathe", "Saint-Vincent", "Saint-Hilaire"};
constexpr std::array<std::string_view, 8> kVals{
    "du Val des Aulnes", "du Val des Saules",  "du Val de la Brise", "du Val Fleuri",
    "du Val d'Azur",     "du Val des Sources", "du Val Joli",        "du Val des Prés"};
constexpr std::array<std::string_view, 12> kFirstNames{"Claire",  "Julien",  "Sophie", "Thomas",
                                                       "Camille", "Nicolas", "Élodie", "Hugo",
                                                       "Léa",     "Antoine", "Inès",   "Mathieu"};
constexpr std::array<std::string_view, 12> kSurnames{"Martin",   "Bernard",   "Dubois",  "Lefèvre",
                                                     "Moreau",   "Laurent",   "Garnier", "Rousseau",
                                                     "Fontaine", "Chevalier", "Lemoine", "Perrin"};
constexpr std::array<std::string_view, 16> kStreets{
    "des Tilleuls", "Victor Hugo",          "de la République", "Jean Jaurès",
    "Pasteur",      "du Général de Gaulle", "des Écoles",       "de l'Église",
    "Gambetta",     "de la Liberté",        "du Stade",         "des Acacias",
    "Émile Zola",   "de la Paix",           "du Moulin",        "Jules Ferry"};

}  // namespace

std::span<const std::string_view> trees() {
    return kTrees;
}
std::span<const std::string_view> flowers() {
    return kFlowers;
}
std::span<const std::string_view> places() {
    return kPlaces;
}
std::span<const std::string_view> ideals() {
    return kIdeals;
}
std::span<const std::string_view> saints() {
    return kSaints;
}
std::span<const std::string_view> vals() {
    return kVals;
}
std::span<const std::string_view> firstNames() {
    return kFirstNames;
}
std::span<const std::string_view> surnames() {
    return kSurnames;
}
std::span<const std::string_view> streets() {
    return kStreets;
}

}  // namespace words

std::string_view pick(std::span<const std::string_view> list, Random& rng) {
    return rng.pick(list);
}

std::string upperFrench(std::string_view utf8) {
    std::string out(utf8);
    for (std::size_t i = 0; i < out.size(); ++i) {
        auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') {
            out[i] = static_cast<char>(c - 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            // à..þ (U+00E0–U+00FE, but not ÷) are their capitals plus 0x20.
            auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0xA0 && next <= 0xBE && next != 0xB7)
                out[i + 1] = static_cast<char>(next - 0x20);
            ++i;
        } else if (c == 0xC5 && i + 1 < out.size() &&
                   static_cast<unsigned char>(out[i + 1]) == 0x93) {
            out[i + 1] = static_cast<char>(0x92);  // œ → Œ
            ++i;
        }
    }
    return out;
}

std::size_t characterCount(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::string fitWords(std::string_view utf8, std::size_t max) {
    std::string out(utf8);
    while (characterCount(out) > max) {
        const auto space = out.rfind(' ');
        if (space == std::string::npos) break;
        out.resize(space);
    }
    return out;
}

namespace {

std::string join(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (std::string_view p : parts) {
        if (!s.empty() && !p.empty()) s += ' ';
        s += p;
    }
    return s;
}

// "de Lyon", "d'Ajaccio".
std::string ofCity(const City& city) {
    const char first = city.upperName.empty() ? 'X' : city.upperName[0];
    const bool vowel = std::string_view("AEIOU").find(first) != std::string_view::npos;
    return (vowel ? "d'" : "de ") + std::string(city.name);
}

// Names as people say them (mixed case); finessName upper-cases them.
FinessName mixedCaseName(NameStyle style, const City& city, bool quoted, Random& rng) {
    using namespace words;
    const std::string trees = "des " + std::string(pick(words::trees(), rng));
    const std::string lesFlower = "les " + std::string(pick(flowers(), rng));
    const std::string flower = quoted ? "\"" + lesFlower + "\"" : lesFlower;
    const std::string_view place = pick(places(), rng);
    const std::string_view ideal = pick(ideals(), rng);
    const std::string_view saint = pick(saints(), rng);
    const int variant = static_cast<int>(rng.below(3));
    switch (style) {
        case NameStyle::Hospital:
            return variant == 0
                       ? FinessName{join({"CH", saint}), join({"Centre hospitalier", saint})}
                       : FinessName{join({"CH", place}), join({"Centre hospitalier", place})};
        case NameStyle::Chu:
            return {join({"CHU", ofCity(city), "site", saint}),
                    join({"Centre hospitalier universitaire", ofCity(city), "-", saint})};
        case NameStyle::LocalHospital:
            return {join({"CH local", place}), join({"Centre hospitalier", place})};
        case NameStyle::Military:
            return {join({"HIA", saint}), join({"Hôpital d'instruction des armées", saint})};
        case NameStyle::Cancer:
            return {join({"Institut", ideal}), join({"Centre de lutte contre le cancer", ideal})};
        case NameStyle::Psychiatric:
            return {join({"CHS", place}), join({"Centre hospitalier spécialisé", place})};
        case NameStyle::Gcs:
            return {join({"GCS", ideal, city.name}),
                    join({"Groupement de coopération sanitaire", ideal})};
        case NameStyle::Clinic:
            if (quoted) return {join({"Clinique", flower}), ""};
            return variant == 0   ? FinessName{join({"Clinique", trees}), ""}
                   : variant == 1 ? FinessName{join({"Clinique", saint}),
                                               join({"Clinique", saint, ofCity(city)})}
                                  : FinessName{join({"Polyclinique", place}), ""};
        case NameStyle::Ssr:
            return {join({"SSR", quoted ? flower : trees}),
                    join({"Centre de rééducation", quoted ? flower : trees})};
        case NameStyle::Cmp:
            return {join({"CMP", place}), join({"Centre médico-psychologique", place})};
        case NameStyle::Msp:
            return variant == 0 ? FinessName{join({"Maison de santé", trees}),
                                             join({"Maison de santé pluriprofessionnelle", trees})}
                   : variant == 1
                       ? FinessName{join({"MSP", place}),
                                    join({"Maison de santé pluriprofessionnelle", place})}
                       : FinessName{join({"Pôle de santé", place}), ""};
        case NameStyle::CentreSante:
            return variant == 0 ? FinessName{join({"Centre de santé", ideal}), ""}
                   : variant == 1
                       ? FinessName{join({"Centre de santé municipal", ofCity(city)}), ""}
                       : FinessName{join({"Centre médical", place}),
                                    join({"Centre de santé médical", place})};
        case NameStyle::Cpts:
            return variant == 0
                       ? FinessName{join({"CPTS", pick(vals(), rng)}), ""}
                       : FinessName{join({"CPTS", city.name, variant == 1 ? "Nord" : "Sud"}),
                                    join({"Communauté professionnelle territoriale de santé",
                                          city.name, variant == 1 ? "Nord" : "Sud"})};
        case NameStyle::SoinsNonProgrammes:
            return variant == 0 ? FinessName{join({"Maison médicale de garde", ofCity(city)}), ""}
                                : FinessName{join({"Soins non programmés", ideal}),
                                             join({"Centre de soins non programmés", ideal})};
        case NameStyle::Laboratory:
            return variant == 0 ? FinessName{join({"LBM", ideal}),
                                             join({"Laboratoire de biologie médicale", ideal})}
                                : FinessName{join({"Laboratoire", place}), ""};
        case NameStyle::Pharmacy:
            return variant == 0 ? FinessName{join({"Pharmacie", trees}), ""}
                   : variant == 1
                       ? FinessName{join({"Pharmacie", place}), join({"SELARL Pharmacie", place})}
                       : FinessName{join({"Grande pharmacie", ofCity(city)}), ""};
        case NameStyle::Ehpad:
            return variant == 0 && !quoted
                       ? FinessName{join({"EHPAD Résidence", ideal}), ""}
                       : FinessName{join({"EHPAD", flower}),
                                    join({"Établissement d'hébergement", flower})};
        case NameStyle::Pmi:
            return {join({"PMI", place}), join({"Centre de protection maternelle", place})};
    }
    return {"ÉTABLISSEMENT", ""};
}

}  // namespace

FinessName finessName(NameStyle style, const City& city, bool quoted, Random& rng) {
    FinessName name = mixedCaseName(style, city, quoted, rng);
    return {fitWords(upperFrench(name.rs), 38), fitWords(upperFrench(name.rslongue), 60)};
}

}  // namespace parcours::datagen
