#include "directory/rpps_reader.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "common/text.hpp"
#include "directory/finess_structure.hpp"
#include "directory/report_merge.hpp"
#include "directory/rpps_fields.hpp"

namespace parcours::directory {
namespace {

namespace f = rpps;

// Who a patient calls for care. Left out: pharmacists (pharmacies come from FINESS),
// opticians, hearing-aid specialists, laboratory and radiology technicians, assistants:
// they are not where one looks for a doctor or a carer.
constexpr std::array<RppsProfession, 9> kProfessions{{
    {"10", ""},                  // Médecin: the savoir-faire ("Médecine Générale")
    {"40", "dentist"},           // Chirurgien-Dentiste
    {"50", "midwife"},           // Sage-Femme
    {"60", "nurse"},             // Infirmier
    {"70", "physiotherapist"},   // Masseur-Kinésithérapeute
    {"80", "podiatrist"},        // Pédicure-Podologue
    {"91", "speech_therapist"},  // Orthophoniste
    {"92", "orthoptist"},        // Orthoptiste
    {"93", "psychologist"},      // Psychologue
}};

const RppsProfession* professionOf(std::string_view code) {
    for (const auto& p : kProfessions)
        if (p.code == code) return &p;
    return nullptr;
}

// Fields of one line; a trailing '|' ends the line, it opens no 53rd column.
void splitLine(std::string_view line, std::vector<std::string_view>& fields) {
    fields.clear();
    if (!line.empty() && line.back() == '|') line.remove_suffix(1);
    for (;;) {
        const auto bar = line.find('|');
        fields.push_back(line.substr(0, bar));
        if (bar == std::string_view::npos) break;
        line.remove_prefix(bar + 1);
    }
}

// Digits and a leading '+': "04 74 34 65 67" and "04.74.34.65.67" → "0474346567", as
// FINESS writes them.
std::string normalisePhone(std::string_view raw) {
    std::string out;
    for (char c : text::trim(raw))
        if ((c >= '0' && c <= '9') || (c == '+' && out.empty())) out += c;
    return out;
}

// RPPS numbers have 11 digits, ADELI numbers 9.
bool validId(std::string_view id) {
    if (id.size() != 11 && id.size() != 9) return false;
    return std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string fnv1aHex(std::string_view bytes) {
    std::uint64_t h = 1469598103934665603ULL;
    for (unsigned char c : bytes) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    static constexpr std::string_view kHex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 0xF];
    return out;
}

void addSpecialty(std::string& list, std::string_view specialty) {
    if (specialty.empty()) return;
    std::string_view rest = list;
    while (!rest.empty()) {
        const auto sep = rest.find(';');
        if (rest.substr(0, sep) == specialty) return;
        if (sep == std::string_view::npos) break;
        rest.remove_prefix(sep + 1);
    }
    if (!list.empty()) list += ';';
    list += specialty;
}

PractitionerSite siteFromLine(std::span<const std::string_view> fields,
                              const RppsProfession& profession, std::string_view id) {
    PractitionerSite site;
    Structure& s = site.structure;
    s.source = "rpps";
    s.person = std::string(id);
    s.sourceId = s.person + "-" + rppsSiteKey(fields);
    s.kind = Kind::Practice;
    s.category = text::collapseSpaces(fields[f::kProfession]);
    s.specialty = text::collapseSpaces(fields[f::kSkill]);
    if (s.specialty.empty()) s.specialty = std::string(profession.specialty);
    const bool doctor = profession.code == "10";
    s.name = text::joinCollapsed({doctor ? "Dr" : "", fields[f::kFirstName], fields[f::kLastName]});
    std::string practice = text::collapseSpaces(fields[f::kTradeName]);
    if (practice.empty()) practice = text::collapseSpaces(fields[f::kCompanyName]);
    if (!practice.empty()) s.name += " (" + practice + ")";
    site.streetNumber = text::collapseSpaces(fields[f::kStreetNumber]);
    site.repetition = text::collapseSpaces(fields[f::kRepetition]);
    site.street = text::joinCollapsed({fields[f::kStreetType], fields[f::kStreet]});
    const std::string streetLine =
        text::joinCollapsed({site.streetNumber, site.repetition, site.street});
    s.address = text::joinCollapsed(
        {fields[f::kPlaceComplement], streetLine, fields[f::kDistribution]}, ", ");
    const PostalLine cedex = splitAcheminement(fields[f::kCedexOffice]);
    s.postcode = std::string(text::trim(fields[f::kPostcode]));
    if (s.postcode.empty()) s.postcode = cedex.postcode;
    s.city = text::collapseSpaces(fields[f::kCity]);
    if (s.city.empty()) s.city = cedex.city;
    s.phone = normalisePhone(fields[f::kPhone]);
    if (s.phone.empty()) s.phone = normalisePhone(fields[f::kPhone2]);
    site.insee = std::string(text::trim(fields[f::kInsee]));
    return site;
}

// The sites of the person being read, merged by site; handed over when the person changes.
class PersonSites {
  public:
    [[nodiscard]] const std::string& person() const { return person_; }

    void add(PractitionerSite&& site) {
        person_ = site.structure.person;
        for (auto& known : sites_)
            if (known.structure.sourceId == site.structure.sourceId) {
                addSpecialty(known.structure.specialty, site.structure.specialty);
                if (known.structure.phone.empty()) known.structure.phone = site.structure.phone;
                return;
            }
        sites_.push_back(std::move(site));
    }

    Result<void> flush(const PractitionerSink& sink, ReadReport& report) {
        for (auto& site : sites_) {
            ++report.structures;
            if (auto r = sink(site); !r) return r;
        }
        sites_.clear();
        person_.clear();
        return {};
    }

  private:
    std::string person_;
    std::vector<PractitionerSite> sites_;
};

}  // namespace

std::span<const RppsProfession> rppsProfessions() {
    return kProfessions;
}

std::string rppsSiteKey(std::span<const std::string_view> fields) {
    const std::string_view technical = text::trim(fields[f::kStructureId]);
    if (!technical.empty()) return std::string(technical);
    std::string address;
    for (std::size_t i : {f::kPostcode, f::kInsee, f::kStreetNumber, f::kRepetition, f::kStreetType,
                          f::kStreet, f::kCompanyName}) {
        address += text::fold(text::collapseSpaces(fields[i]));
        address += '|';
    }
    return "a" + fnv1aHex(address);
}

bool looksLikeRpps(std::string_view firstLine) {
    if (firstLine.substr(0, 3) == "\xEF\xBB\xBF") firstLine.remove_prefix(3);
    const std::string start =
        std::string(rpps::kColumnNames[0]) + "|" + std::string(rpps::kColumnNames[1]) + "|";
    return firstLine.substr(0, start.size()) == start;
}

Result<void> readRpps(std::istream& in, const ReadOptions& options, ReadReport& report,
                      const PractitionerSink& sink, const BytesRead& bytesRead) {
    const std::string& file = options.fileName;
    report.encoding = "UTF-8";
    std::string line;
    std::vector<std::string_view> fields;
    fields.reserve(rpps::kColumnCount + 1);
    std::uint64_t lineNo = 0;
    std::uint64_t bytes = 0;

    if (!std::getline(in, line)) return badInput(file + ": empty file, no header line");
    ++lineNo;
    bytes += line.size() + 1;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string_view header = line;
    if (header.substr(0, 3) == "\xEF\xBB\xBF") header.remove_prefix(3);
    splitLine(header, fields);
    for (std::size_t i = 0; i < rpps::kColumnCount; ++i) {
        const std::string_view got = i < fields.size() ? fields[i] : std::string_view("(none)");
        if (got != rpps::kColumnNames[i])
            return badInput(file + ":1: column " + std::to_string(i + 1) + " is «" +
                            text::printableExcerpt(got, 80) +
                            "», the Annuaire Santé extraction's is «" +
                            std::string(rpps::kColumnNames[i]) + "»");
    }
    if (fields.size() != rpps::kColumnCount)
        return badInput(file + ":1: " + std::to_string(fields.size()) + " columns, not " +
                        std::to_string(rpps::kColumnCount));

    PersonSites person;
    std::string converted;
    BoundedRefusals refusals;
    auto refuse = [&](std::string reason) -> Result<void> {
        if (options.strict) return badInput(file + ":" + std::to_string(lineNo) + ": " + reason);
        refusals.refuse(report, file, lineNo, std::move(reason));
        return {};
    };

    while (std::getline(in, line)) {
        ++lineNo;
        bytes += line.size() + 1;
        if (bytesRead && lineNo % 8192 == 0) bytesRead(bytes);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (text::trim(line).empty()) continue;
        ++report.records;
        std::string_view view = line;
        if (!text::isValidUtf8(view)) {  // a damaged line: read as the older Windows files
            converted = text::windows1252ToUtf8(view);
            view = converted;
        }
        splitLine(view, fields);
        if (fields.size() != rpps::kColumnCount) {
            if (auto r = refuse(std::to_string(fields.size()) + " columns, not " +
                                std::to_string(rpps::kColumnCount));
                !r)
                return r;
            continue;
        }
        const std::string_view id = text::trim(fields[rpps::kId]);
        if (!validId(id)) {
            if (auto r = refuse("«" + text::printableExcerpt(id, 40) +
                                "» is not an RPPS (11 digits) or ADELI (9 digits) number");
                !r)
                return r;
            continue;
        }
        // Filtered early: professions nobody looks for here, activities with no site.
        const RppsProfession* profession = professionOf(text::trim(fields[rpps::kProfessionCode]));
        if (profession == nullptr) continue;
        if (text::trim(fields[rpps::kPostcode]).empty() &&
            text::trim(fields[rpps::kInsee]).empty() &&
            text::trim(fields[rpps::kCedexOffice]).empty())
            continue;
        if (id != person.person())
            if (auto r = person.flush(sink, report); !r) return r;
        person.add(siteFromLine(fields, *profession, id));
    }
    if (in.bad()) return badInput("cannot read " + file);
    refusals.finish(report, file);
    if (bytesRead) bytesRead(bytes);
    return person.flush(sink, report);
}

}  // namespace parcours::directory
