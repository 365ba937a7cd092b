#include "datagen/rpps_generator.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <span>
#include <string_view>
#include <vector>

#include "datagen/cities.hpp"
#include "datagen/names.hpp"
#include "datagen/random.hpp"
#include "directory/rpps_fields.hpp"

namespace parcours::datagen {
namespace {

struct Profession {
    std::string_view code, label;
    int weight;
};
// Shares roughly as in the national file; 21 and 28 are left out by the import.
constexpr std::array<Profession, 9> kProfessions{{{"10", "Médecin", 34},
                                                  {"60", "Infirmier", 20},
                                                  {"70", "Masseur-Kinésithérapeute", 14},
                                                  {"40", "Chirurgien-Dentiste", 7},
                                                  {"50", "Sage-Femme", 4},
                                                  {"93", "Psychologue", 3},
                                                  {"91", "Orthophoniste", 3},
                                                  {"21", "Pharmacien", 10},
                                                  {"28", "Opticien-Lunetier", 5}}};

struct Skill {
    std::string_view code, label;
};
constexpr std::array<Skill, 8> kSpecialists{{{"SM38", "Ophtalmologie"},
                                             {"SM42", "Psychiatrie"},
                                             {"SM40", "Pédiatrie"},
                                             {"SM15", "Dermatologie et vénéréologie"},
                                             {"SM04", "Cardiologie et maladies vasculaires"},
                                             {"SM19", "Gynécologie médicale"},
                                             {"SM46", "Radiodiagnostic et imagerie médicale"},
                                             {"SM48", "Rhumatologie"}}};

struct StreetType {
    std::string_view code, label;
};
constexpr std::array<StreetType, 5> kStreetTypes{
    {{"R", "Rue"}, {"AV", "Avenue"}, {"BD", "Boulevard"}, {"PL", "Place"}, {"CHE", "Chemin"}}};

std::string inseeOf(const City& c) {
    // FINESS's département codes for overseas ("9D") are not INSEE's ("974").
    const std::string_view dep = c.departement;
    if (dep.size() == 2 && dep[0] == '9' && dep[1] >= 'A') {
        const char* prefix = dep[1] == 'J' ? "986" : nullptr;
        static constexpr std::array<const char*, 6> kOverseas{"971", "972", "973",
                                                              "974", "975", "976"};
        if (prefix == nullptr && dep[1] - 'A' < 6) prefix = kOverseas[dep[1] - 'A'];
        if (prefix != nullptr) return prefix + std::string(c.commune.substr(1));
    }
    return std::string(dep) + std::string(c.commune);
}

// Positions of the addresses: each street a line through the city, numbers along it.
geo::LatLon addressPosition(const City& c, std::size_t street, int number) {
    const double angle = static_cast<double>(street) * 0.7;
    const double km = 0.2 + 0.05 * static_cast<double>(street % 40) + 0.01 * number;
    const double dLat = km / 111.0 * std::sin(angle);
    const double dLon =
        km / (111.0 * std::cos(c.centre.lat * 3.14159265358979 / 180)) * std::cos(angle);
    return {c.centre.lat + dLat, c.centre.lon + dLon};
}

std::size_t streetCount() {
    return kStreetTypes.size() * words::streets().size();
}
StreetType streetType(std::size_t street) {
    return kStreetTypes[street % kStreetTypes.size()];
}
std::string_view streetName(std::size_t street) {
    return words::streets()[street / kStreetTypes.size()];
}

std::string digits(Random& rng, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += static_cast<char>('0' + rng.below(10));
    return s;
}

std::string phoneFor(const City& c, Random& rng) {
    if (c.phonePrefix.empty()) return {};
    std::string p(c.phonePrefix);
    return p + digits(rng, static_cast<int>(10 - p.size()));
}

}  // namespace

std::string rppsHeaderLine() {
    std::string line;
    for (std::string_view name : directory::rpps::kColumnNames) {
        line += name;
        line += '|';
    }
    return line + '\n';
}

std::string rppsLine(const RppsRow& r) {
    const bool doctor = r.civilityCode == "DR";
    const bool female = r.civility == "MME";
    const std::string national = r.idType + r.id;
    const std::array<std::string_view, directory::rpps::kColumnCount> fields{
        r.idType,
        r.id,
        national,
        r.civilityCode,
        doctor ? "Docteur" : "",
        r.civility,
        female ? "Madame" : "Monsieur",
        r.lastName,
        r.firstName,
        r.professionCode,
        r.profession,
        "C",
        "Civil",
        r.skillType,
        r.skillType == "S" ? "Spécialité ordinale" : "",
        r.skillCode,
        r.skill,
        r.mode,
        r.mode == "L" ? "Libéral" : (r.mode == "S" ? "Salarié" : ""),
        r.siret,
        r.siret.size() >= 9 ? std::string_view(r.siret).substr(0, 9) : "",
        "",
        "",
        r.structureId,
        r.companyName,
        r.tradeName,
        "",
        r.placeComplement,
        r.number,
        r.repetition,
        r.streetTypeCode,
        r.streetType,
        r.street,
        r.distribution,
        r.cedexOffice,
        r.postcode,
        r.insee,
        r.city,
        r.postcode.empty() ? "" : "99000",
        r.postcode.empty() ? "" : "France",
        r.phone,
        r.phone2,
        "",
        "",
        r.departement,
        "",
        "",
        "RPPS/ORDRE/CNOM",
        r.postcode.empty() ? "" : "SA07",
        r.postcode.empty() ? "" : "Cabinet individuel",
        "",
        ""};
    std::string line;
    for (std::string_view f : fields) {
        line += f;
        line += '|';
    }
    return line + '\n';
}

std::string banHeaderLine() {
    return "id;id_fantoir;numero;rep;nom_voie;code_postal;code_insee;nom_commune;"
           "code_insee_ancienne_commune;nom_ancienne_commune;x;y;lon;lat;type_position;alias;"
           "nom_ld;libelle_acheminement;nom_afnor;source_position;source_nom_voie;"
           "certification_commune;cad_parcelles\n";
}

std::string banLine(const BanRow& r) {
    char lon[32], lat[32];
    std::snprintf(lon, sizeof lon, "%.6f", r.position.lon);
    std::snprintf(lat, sizeof lat, "%.6f", r.position.lat);
    std::string id = r.insee + "_xxxx_" + r.number + r.repetition;
    return id + ";;" + r.number + ";" + r.repetition + ";" + r.street + ";" + r.postcode + ";" +
           r.insee + ";" + r.city + ";;;0;0;" + lon + ";" + lat + ";entrée;;;" + r.city + ";;" +
           "commune;commune;1;\n";
}

RppsSummary generateRpps(const RppsOptions& options, std::ostream& out) {
    Random rng(options.seed);
    const auto cities = allCities();
    std::vector<int> cityWeights, professionWeights;
    for (const City& c : cities) cityWeights.push_back(c.weight);
    for (const Profession& p : kProfessions) professionWeights.push_back(p.weight);
    out << rppsHeaderLine();
    RppsSummary summary;
    std::uint64_t person = 0;
    while (summary.rows < options.rows) {
        ++summary.persons;
        RppsRow row;
        const std::string serial = std::to_string(++person);
        row.id = "1" + std::string(10 - serial.size(), '0') + serial;
        const Profession& p = kProfessions[rng.weighted(professionWeights)];
        row.professionCode = std::string(p.code);
        row.profession = std::string(p.label);
        row.civility = rng.chance(0.5) ? "MME" : "M";
        row.lastName = upperFrench(pick(words::surnames(), rng));
        row.firstName = std::string(pick(words::firstNames(), rng));
        if (p.code == "10") {
            row.civilityCode = "DR";
            row.skillType = "S";
            if (rng.chance(0.5)) {
                row.skillCode = "SM54";
                row.skill = "Médecine Générale";
            } else {
                const Skill& s = kSpecialists[rng.below(kSpecialists.size())];
                row.skillCode = std::string(s.code);
                row.skill = std::string(s.label);
            }
        }
        const int sites = rng.chance(0.12) ? 2 : 1;
        for (int site = 0; site < sites && summary.rows < options.rows; ++site) {
            RppsRow r = row;
            ++summary.rows;
            if (rng.chance(0.08)) {  // an activity with no site (a replacement, a salaried
                r.mode = "S";        // post not declared)
                out << rppsLine(r);
                continue;
            }
            const City& c = cities[rng.weighted(cityWeights)];
            const std::size_t street = rng.below(static_cast<std::uint32_t>(streetCount()));
            const int number = rng.between(1, options.numbersPerStreet * 5 / 4);
            r.siret = digits(rng, 14);
            r.structureId = "S" + r.siret;
            if (rng.chance(0.3))
                r.companyName = "CABINET " + upperFrench(pick(words::places(), rng));
            r.number = std::to_string(number);
            r.streetTypeCode = std::string(streetType(street).code);
            r.streetType = std::string(streetType(street).label);
            r.street = upperFrench(streetName(street));
            r.postcode = std::string(c.postcode);
            r.cedexOffice = r.postcode + " " + std::string(c.acheminement);
            if (rng.chance(0.5)) {  // half the real lines have the commune's code and name
                r.insee = inseeOf(c);
                r.city = std::string(c.name);
            }
            r.phone = phoneFor(c, rng);
            r.departement = std::string(c.departement);
            out << rppsLine(r);
            if (p.code != "21" && p.code != "28") ++summary.keptRows;
        }
    }
    return summary;
}

Result<RppsSummary> writeRppsFile(const RppsOptions& options, const std::filesystem::path& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return storageError("cannot write " + path.string());
    RppsSummary summary = generateRpps(options, out);
    out.close();
    if (!out) return storageError("cannot write " + path.string());
    return summary;
}

std::size_t generateBan(const RppsOptions& options, std::ostream& out) {
    out << banHeaderLine();
    std::size_t rows = 0;
    for (const City& c : allCities())
        for (std::size_t street = 0; street < streetCount(); ++street)
            for (int number = 1; number <= options.numbersPerStreet; ++number) {
                BanRow row;
                row.number = std::to_string(number);
                row.street =
                    std::string(streetType(street).label) + " " + std::string(streetName(street));
                row.postcode = std::string(c.postcode);
                row.insee = inseeOf(c);
                row.city = std::string(c.name);
                row.position = addressPosition(c, street, number);
                out << banLine(row);
                ++rows;
            }
    return rows;
}

Result<std::size_t> writeBanFile(const RppsOptions& options, const std::filesystem::path& path) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    if (!out) return storageError("cannot write " + path.string());
    const std::size_t rows = generateBan(options, out);
    out.close();
    if (!out) return storageError("cannot write " + path.string());
    return rows;
}

std::string laPosteCommunes() {
    std::string out =
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;latitude;"
        "longitude\n";
    for (const City& c : allCities()) {
        char position[64];
        std::snprintf(position, sizeof position, "%.6f;%.6f", c.centre.lat, c.centre.lon);
        out += inseeOf(c) + ";" + std::string(c.acheminement) + ";" + std::string(c.postcode) +
               ";;" + std::string(c.acheminement) + ";" + position + "\n";
    }
    return out;
}

}  // namespace parcours::datagen
