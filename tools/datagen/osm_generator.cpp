#include "datagen/osm_generator.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "datagen/cities.hpp"
#include "datagen/finess_number.hpp"
#include "datagen/names.hpp"
#include "datagen/random.hpp"
#include "datagen/scatter.hpp"

namespace parcours::datagen {
namespace {

using directory::Kind;

enum class Template {
    GeneralPractitioner,
    Specialist,
    DoctorOnlyHealthcare,
    Dentist,
    MspClinic,
    MspCentre,
    CentreSanteClinic,
    CentreMedical,
    Cpts,
    Clinic,
    Hospital,
    Pharmacy,
    Laboratory,
    Physiotherapist,
    Nurse,
    BloodDonation,
    Cafe
};

struct TemplateInfo {
    Template which;
    int weight;
};

constexpr std::array kTemplates{
    TemplateInfo{Template::GeneralPractitioner, 20},
    TemplateInfo{Template::Specialist, 12},
    TemplateInfo{Template::DoctorOnlyHealthcare, 3},
    TemplateInfo{Template::Dentist, 8},
    TemplateInfo{Template::MspClinic, 4},
    TemplateInfo{Template::MspCentre, 2},
    TemplateInfo{Template::CentreSanteClinic, 4},
    TemplateInfo{Template::CentreMedical, 2},
    TemplateInfo{Template::Cpts, 1},
    TemplateInfo{Template::Clinic, 4},
    TemplateInfo{Template::Hospital, 3},
    TemplateInfo{Template::Pharmacy, 15},
    TemplateInfo{Template::Laboratory, 4},
    TemplateInfo{Template::Physiotherapist, 3},
    TemplateInfo{Template::Nurse, 2},
    TemplateInfo{Template::BloodDonation, 1},
    TemplateInfo{Template::Cafe, 1},
};

struct Specialty {
    std::string_view osm;     // healthcare:speciality
    std::string_view french;  // as a practice name says it
};
constexpr std::array kSpecialties{
    Specialty{"gynaecology", "gynécologie"},  Specialty{"ophthalmology", "ophtalmologie"},
    Specialty{"psychiatry", "psychiatrie"},   Specialty{"paediatrics", "pédiatrie"},
    Specialty{"dermatology", "dermatologie"}, Specialty{"cardiology", "cardiologie"},
};

std::string str(std::string_view s) {
    return std::string(s);
}

std::string doctorName(Random& rng) {
    return "Dr " + str(pick(words::firstNames(), rng)) + " " + str(pick(words::surnames(), rng));
}

std::string ofCity(const City& city) {
    const bool vowel = std::string_view("AEIOUÉ").find(city.name.front()) != std::string_view::npos;
    return (vowel ? "d'" : "de ") + str(city.name);
}

// "+33 4 77 12 34 56": the international prefix, then pairs up to the national length.
std::string phone(const City& city, Random& rng) {
    std::string p(city.intlPhone);
    const int pairs =
        city.phonePrefix.empty() ? 2 : static_cast<int>(10 - city.phonePrefix.size()) / 2;
    for (int i = 0; i < pairs; ++i) {
        p += ' ';
        p += static_cast<char>('0' + rng.below(10));
        p += static_cast<char>('0' + rng.below(10));
    }
    return p;
}

std::string street(Random& rng) {
    static constexpr std::array<std::string_view, 6> kTypes{"Rue",   "Avenue", "Boulevard",
                                                            "Place", "Allée",  "Chemin"};
    return str(rng.pick(std::span<const std::string_view>(kTypes))) + " " +
           str(pick(words::streets(), rng));
}

// Fills the template's tags and truth.
void describe(Template t, const City& city, OsmElement& e, Random& rng) {
    auto add = [&](std::string key, std::string value) {
        e.tags.emplace_back(std::move(key), std::move(value));
    };
    const std::string trees = "des " + str(pick(words::trees(), rng));
    const std::string place = str(pick(words::places(), rng));
    const std::string ideal = str(pick(words::ideals(), rng));
    const bool quoted = rng.chance(0.03);  // names with quotes exist; escape them
    switch (t) {
        case Template::GeneralPractitioner:
            add("amenity", "doctors");
            add("healthcare", "doctor");
            add("healthcare:speciality", "general");
            e.name = rng.chance(0.5) ? doctorName(rng) : "Cabinet médical " + place;
            e.kind = Kind::Practice;
            e.specialty = "general";
            break;
        case Template::Specialist: {
            const Specialty& s = rng.pick(std::span<const Specialty>(kSpecialties));
            add("amenity", "doctors");
            add("healthcare", "doctor");
            add("healthcare:speciality", str(s.osm));
            e.name =
                rng.chance(0.5) ? doctorName(rng) : "Cabinet de " + str(s.french) + " " + trees;
            e.kind = Kind::Practice;
            e.specialty = str(s.osm);
            break;
        }
        case Template::DoctorOnlyHealthcare:
            add("healthcare", "doctor");
            add("healthcare:speciality", "general");
            e.name = doctorName(rng);
            e.kind = Kind::Practice;
            e.specialty = "general";
            break;
        case Template::Dentist:
            add("amenity", "dentist");
            add("healthcare", "dentist");
            e.name = "Cabinet dentaire " + trees;
            e.kind = Kind::Practice;
            e.specialty = "dentist";
            break;
        case Template::MspClinic:
            add("amenity", "clinic");
            add("healthcare", "clinic");
            e.name = quoted ? "Maison de santé \"" + ideal + "\"" : "Maison de santé " + trees;
            e.kind = Kind::Msp;
            break;
        case Template::MspCentre:
            add("healthcare", "centre");
            e.name = rng.chance(0.5) ? "Pôle de santé " + place : "Maison médicale " + place;
            e.kind = Kind::Msp;
            break;
        case Template::CentreSanteClinic:
            add("amenity", "clinic");
            add("healthcare", "clinic");
            e.name = rng.chance(0.5) ? "Centre de santé " + ideal
                                     : "Centre de santé municipal " + ofCity(city);
            e.kind = Kind::CentreSante;
            break;
        case Template::CentreMedical:
            add("healthcare", "centre");
            e.name = "Centre médical " + place;
            e.kind = Kind::CentreSante;
            break;
        case Template::Cpts:
            add("healthcare", "centre");
            e.name = "CPTS " + str(pick(words::vals(), rng));
            e.kind = Kind::Cpts;
            break;
        case Template::Clinic:
            add("amenity", "clinic");
            add("healthcare", "clinic");
            e.name = rng.chance(0.5) ? "Clinique " + trees
                                     : "Polyclinique " + str(pick(words::saints(), rng));
            e.kind = Kind::Clinic;
            break;
        case Template::Hospital: {
            const bool emergency = rng.chance(0.6);
            add("amenity", "hospital");
            add("emergency", emergency ? "yes" : "no");
            add("healthcare", "hospital");
            e.name = rng.chance(0.5) ? "Hôpital " + str(pick(words::saints(), rng))
                                     : "Centre hospitalier " + place;
            e.kind = Kind::Hospital;
            e.emergency = emergency;
            break;
        }
        case Template::Pharmacy:
            add("amenity", "pharmacy");
            add("dispensing", "yes");
            add("healthcare", "pharmacy");
            e.name = rng.chance(0.6) ? "Pharmacie " + trees : "Pharmacie " + place;
            e.kind = Kind::Pharmacy;
            break;
        case Template::Laboratory:
            add("healthcare", "laboratory");
            e.name = rng.chance(0.5) ? "Laboratoire " + ideal
                                     : "Laboratoire de biologie médicale " + place;
            e.kind = Kind::Laboratory;
            break;
        case Template::Physiotherapist:
            add("healthcare", "physiotherapist");
            e.name = "Cabinet de kinésithérapie " + trees;
            e.kind = Kind::Practice;
            e.specialty = "physiotherapist";
            break;
        case Template::Nurse:
            add("healthcare", "nurse");
            e.name = "Cabinet infirmier " + place;
            e.kind = Kind::Practice;
            e.specialty = "nurse";
            break;
        case Template::BloodDonation:
            add("healthcare", "blood_donation");
            e.name = "Maison du don " + ideal;
            e.kind = Kind::Other;
            break;
        case Template::Cafe:
            add("amenity", "cafe");
            e.name = "Café " + place;
            break;
    }
    add("name", e.name);
}

void addAddress(const City& city, OsmElement& e, bool finessRef, Random& rng) {
    auto add = [&](std::string key, std::string value) {
        e.tags.emplace_back(std::move(key), std::move(value));
    };
    if (rng.chance(0.85)) {
        add("addr:housenumber", std::to_string(rng.between(1, 180)));
        add("addr:street", street(rng));
        add("addr:postcode", str(city.postcode));
        add("addr:city", str(city.name));
    }
    if (rng.chance(0.7)) add(rng.chance(0.8) ? "phone" : "contact:phone", phone(city, rng));
    if (rng.chance(0.3))
        add("opening_hours", rng.chance(0.5) ? "Mo-Fr 08:00-19:00"
                                             : "Mo-Fr 08:30-12:00,14:00-18:30; Sa 09:00-12:00");
    if (rng.chance(0.2)) add("wheelchair", rng.chance(0.7) ? "yes" : "limited");
    if (finessRef && e.kind && *e.kind != Kind::Practice) {
        add("ref:FR:FINESS", finessNumber(city.finessPrefix, rng.between(1, 99999)));
    }
}

double onGrid(double degrees) {
    return std::round(degrees * 1e7) / 1e7;
}

}  // namespace

std::string_view tag(const OsmElement& element, std::string_view key) {
    for (const auto& [k, v] : element.tags) {
        if (k == key) return v;
    }
    return {};
}

std::vector<OsmElement> generateOsm(const OsmOptions& options) {
    Random rng(options.seed);
    const auto cities = allCities();
    std::vector<int> cityWeights, templateWeights;
    for (const City& c : cities) cityWeights.push_back(c.weight);
    for (const TemplateInfo& t : kTemplates) templateWeights.push_back(t.weight);

    std::int64_t nextNode = 1200000000, nextWay = 210000000, nextRelation = 4100000;
    std::vector<OsmElement> elements;
    elements.reserve(options.count);
    for (std::size_t i = 0; i < options.count; ++i) {
        const City& city = cities[i < cities.size() ? i : rng.weighted(cityWeights)];
        const Template t =
            kTemplates[i < kTemplates.size() ? i : rng.weighted(templateWeights)].which;
        OsmElement e;
        e.city = str(city.name);
        const geo::LatLon p = scatterAround(city, rng);
        e.position = {onGrid(p.lat), onGrid(p.lon)};
        // Hospitals and clinics are usually drawn as buildings; practices as points.
        const bool big = t == Template::Hospital || t == Template::Clinic;
        const double u = rng.unit();
        if (u < options.relationFraction * (big ? 5 : 1)) {
            e.type = "relation";
            e.id = nextRelation += rng.between(1, 5000);
            e.nodes = {nextWay += rng.between(1, 500)};
        } else if (u < (options.relationFraction + options.wayFraction) * (big ? 3 : 1)) {
            e.type = "way";
            e.id = nextWay += rng.between(1, 500);
            std::int64_t first = nextNode += rng.between(1, 9000);
            e.nodes = {first, first + 1, first + 2, first + 3, first};
            nextNode += 4;
        } else {
            e.type = "node";
            e.id = nextNode += rng.between(1, 9000);
        }
        describe(t, city, e, rng);
        addAddress(city, e, rng.chance(options.finessRefFraction), rng);
        std::sort(e.tags.begin(), e.tags.end());
        elements.push_back(std::move(e));
    }
    return elements;
}

}  // namespace parcours::datagen
