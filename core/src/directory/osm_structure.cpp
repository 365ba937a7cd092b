#include "directory/osm_structure.hpp"

#include <array>
#include <string_view>
#include <utility>

#include "common/text.hpp"
#include "directory/kind_mapping.hpp"

namespace parcours::directory::osm {
namespace {

// A name for the many practices mapped without one, from the value of the tag that made
// them health structures ("amenity=doctors" → "Médecin"); else the kind's label.
std::string defaultName(const OsmClassification& c) {
    static constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kLabels{{
        {"doctors", "Médecin"},
        {"doctor", "Médecin"},
        {"dentist", "Dentiste"},
        {"pharmacy", "Pharmacie"},
        {"hospital", "Hôpital"},
        {"clinic", "Clinique"},
        {"centre", "Centre de santé"},
        {"midwife", "Sage-femme"},
        {"nurse", "Infirmier"},
        {"physiotherapist", "Masseur-kinésithérapeute"},
        {"psychotherapist", "Psychothérapeute"},
        {"optometrist", "Optométriste"},
        {"podiatrist", "Pédicure-podologue"},
        {"speech_therapist", "Orthophoniste"},
        {"laboratory", "Laboratoire"},
    }};
    const std::string_view value = std::string_view(c.category).substr(c.category.find('=') + 1);
    for (const auto& [tag, label] : kLabels)
        if (tag == value) return std::string(label);
    return std::string(kindLabelFr(c.kind));
}

std::string tag(const OsmTags& tags, std::string_view key) {
    auto v = tags.find(key);
    return v ? text::collapseSpaces(*v) : std::string();
}

// OSM separates several values with ';' ("phone=01 23 45 67 89;06 12 34 56 78"): the
// directory keeps one, the first.
std::string firstValue(const OsmTags& tags, std::string_view key) {
    auto v = tags.find(key);
    if (!v) return {};
    return text::collapseSpaces(v->substr(0, v->find(';')));
}

std::optional<bool> emergency(const OsmTags& tags) {
    auto v = tags.find("emergency");
    if (v == "yes") return true;
    if (v == "no") return false;
    return std::nullopt;  // absent, or an emergency feature (defibrillator…), not an ER
}

}  // namespace

std::optional<Structure> healthStructure(const OsmTags& tags) {
    auto c = classifyOsm([&tags](std::string_view key) { return tags.find(key); });
    if (!c) return std::nullopt;

    Structure s;
    s.source = "osm";
    s.kind = c->kind;
    s.category = c->category;
    s.specialty = c->specialty;
    s.name = tag(tags, "name");
    if (s.name.empty()) s.name = tag(tags, "official_name");
    if (s.name.empty()) s.name = defaultName(*c);

    const std::string number = tag(tags, "addr:housenumber");
    std::string street = tag(tags, "addr:street");
    if (street.empty()) street = tag(tags, "addr:place");  // hamlets without street names
    s.address = number.empty() || street.empty() ? street : number + " " + street;
    s.postcode = tag(tags, "addr:postcode");
    s.city = tag(tags, "addr:city");
    s.phone = firstValue(tags, "phone");
    if (s.phone.empty()) s.phone = firstValue(tags, "contact:phone");
    s.finessRef = firstValue(tags, "ref:FR:FINESS");
    // Hospitals, and the private clinics that run an emergency unit too.
    if (s.kind == Kind::Hospital || s.kind == Kind::Clinic) s.emergency = emergency(tags);
    return s;
}

}  // namespace parcours::directory::osm
