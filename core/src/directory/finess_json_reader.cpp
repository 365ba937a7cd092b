// "finess-structures-1": the establishments of the FINESS JSON dataset, streamed.
#include "parcours/directory/finess_json_reader.hpp"

#include <charconv>
#include <initializer_list>
#include <istream>
#include <optional>
#include <string>
#include <unordered_set>

#include "common/text.hpp"
#include "directory/finess_json_reader_common.hpp"
#include "directory/finess_number.hpp"
#include "directory/finess_structure.hpp"
#include "directory/kind_mapping.hpp"
#include "json/json_reader.hpp"

namespace parcours::directory {
namespace {

using finess_json::codeOf;
using finess_json::findAny;
using finess_json::textOf;
using json::Value;

std::optional<double> parseDegrees(std::string_view s) {
    s = text::trim(s);
    double d = 0;
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
    if (ec != std::errc() || ptr != s.data() + s.size()) return std::nullopt;
    return d;
}

// The first element of an array member that is an object, or nullptr.
const Value* firstObject(const Value* array) {
    if (array == nullptr || !array->isArray()) return nullptr;
    for (const Value& v : array->items())
        if (v.isObject()) return &v;
    return nullptr;
}

class StructuresRead {
  public:
    StructuresRead(const ReadOptions& options, ReadReport& report, const StructureSink& sink)
        : report_(report), problems_(options, report), sink_(sink) {}

    Result<void> legalEntity(const json::StreamedItem& item) {
        return finess_json::forEachSite(item, report_, problems_,
                                        [&](const Value& site, const std::string& path) {
                                            ++report_.records;
                                            return establishment(site, item.line, path);
                                        });
    }

    void finish() { problems_.finish(); }
    [[nodiscard]] std::uint64_t closed() const { return closed_; }

  private:
    Result<void> establishment(const Value& e, std::uint64_t line, const std::string& path) {
        if (!e.isObject()) return problems_.refuse(line, path, "not an object");
        const Value* info = findAny(&e, {"informationsGeneralesEGE", "informationsGeneralesEge"});
        if (info == nullptr || !info->isObject())
            return problems_.refuse(line, path, "no informationsGeneralesEGE object");
        const std::string_view number = text::trim(textOf(info->find("numFinessEge")));
        if (number.empty()) return problems_.refuse(line, path, "no FINESS number (numFinessEge)");
        auto key = finessNumberKey(number);
        if (!key)
            return problems_.refuse(line, path,
                                    "malformed FINESS number \"" +
                                        text::printableExcerpt(number, 40) +
                                        "\" (expected the département, 2 digits, 2A or 2B, "
                                        "then 7 digits)");
        // The etalab extraction lists open establishments only; so does this reader.
        const std::string_view state = codeOf(findAny(&e, {"etatObjet"}));
        if (state == "I" ||
            (state.empty() && !text::trim(textOf(info->find("dateFermeture"))).empty())) {
            ++closed_;
            return {};
        }
        if (!seen_.insert(*key).second)
            return problems_.refuse(line, path,
                                    "duplicate FINESS number " + std::string(number) +
                                        " (an establishment listed twice)");
        Structure s;
        s.name = text::collapseSpaces(textOf(info->find("nomEgeLong")));
        if (s.name.empty()) s.name = text::collapseSpaces(textOf(info->find("nomEgeCourt")));
        if (s.name.empty())
            return problems_.refuse(line, path, "no name: nomEgeLong and nomEgeCourt are empty");
        s.source = "finess";
        s.sourceId = std::string(number);
        s.category = std::string(text::trim(codeOf(findAny(
            &e, {"categorieentiteGeographiqueExercice", "categorieEntiteGeographiqueExercice"}))));
        s.kind = kindForFinessCategory(s.category);
        if (const Value* contact = findAny(&e, {"contact"}); contact && contact->isArray())
            for (const Value& c : contact->items()) {
                s.phone =
                    std::string(text::trim(textOf(findAny(c.find("telecom"), {"telephone"}))));
                if (!s.phone.empty()) break;
            }
        if (const Value* address = firstObject(e.find("adresse"))) {
            auto field = [&](std::string_view name) { return textOf(address->find(name)); };
            s.address = text::joinCollapsed({field("numeroVoie"), field("typeVoie"),
                                             field("libelleVoie"), field("complementVoie")});
            if (s.address.empty())
                s.address =
                    text::joinCollapsed({field("complementPointGeographique"), field("lieuDit")});
            PostalLine postal = splitAcheminement(field("ligneAcheminement"));
            const std::string_view postcode = text::trim(field("codePostal"));
            s.postcode = postcode.empty() ? std::move(postal.postcode) : std::string(postcode);
            s.city = std::move(postal.city);
            if (auto r = place(s, address->find("coordonneesGeographique"), line, path); !r)
                return r;
        }
        ++report_.structures;
        if (!s.position) ++report_.withoutPosition;
        return sink_(std::move(s));
    }

    // WGS84 from directionLatitude/directionLongitude. A position that cannot be read is
    // listed, and the establishment kept without it (as a bad etalab geolocalisation line).
    Result<void> place(Structure& s, const Value* coords, std::uint64_t line,
                       const std::string& path) {
        const std::string_view lat = text::trim(textOf(findAny(coords, {"directionLatitude"})));
        const std::string_view lon = text::trim(textOf(findAny(coords, {"directionLongitude"})));
        if (lat.empty() && lon.empty()) return {};
        auto la = parseDegrees(lat);
        auto lo = parseDegrees(lon);
        if (la && lo && geo::isValid({*la, *lo})) {
            s.position = geo::LatLon{*la, *lo};
            return {};
        }
        return problems_.refuse(line, path + ".adresse[0].coordonneesGeographique",
                                "invalid WGS84 position \"" + text::printableExcerpt(lat, 30) +
                                    "\", \"" + text::printableExcerpt(lon, 30) +
                                    "\" (kept without a position)");
    }

    ReadReport& report_;
    finess_json::Problems problems_;
    const StructureSink& sink_;
    std::unordered_set<std::uint32_t> seen_;
    std::uint64_t closed_ = 0;
};

bool startsLikeJsonObject(std::string_view start) {
    if (start.starts_with("\xEF\xBB\xBF")) start.remove_prefix(3);
    const auto first = start.find_first_not_of(" \t\r\n");
    return first != std::string_view::npos && start[first] == '{';
}

bool containsAny(std::string_view text, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (text.find(n) != std::string_view::npos) return true;
    return false;
}

}  // namespace

bool looksLikeFinessJson(std::string_view start) {
    return startsLikeJsonObject(start) &&
           containsAny(start, {"\"informationsGeneralesPMEJ\"", "\"informationsGeneralesPmej\"",
                               "\"informationsGeneralesEGE\"", "\"gcc\"", "\"gco\""}) &&
           !looksLikeFinessActivities(start);
}

bool looksLikeFinessActivities(std::string_view start) {
    return startsLikeJsonObject(start) &&
           containsAny(start, {"\"activitesAutorisees\"", "\"activitesExercees\""});
}

Result<void> readFinessJson(std::istream& in, const ReadOptions& options, ReadReport& report,
                            const StructureSink& sink) {
    StructuresRead read(options, report, sink);
    auto walked = finess_json::streamLegalEntities(
        in, options, report, "not a FINESS structures file (finess-structures-1)",
        [&](const json::StreamedItem& item) { return read.legalEntity(item); });
    if (!walked) return walked;
    read.finish();
    return {};
}

}  // namespace parcours::directory
