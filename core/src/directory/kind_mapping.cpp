#include "directory/kind_mapping.hpp"

#include <unordered_map>
#include <vector>

#include "common/text.hpp"
#include "directory/kind_tables.hpp"

namespace parcours::directory {
namespace {

std::vector<std::vector<std::string_view>> parseTable(std::string_view csv) {
    std::vector<std::vector<std::string_view>> rows;
    bool header = true;
    while (!csv.empty()) {
        auto eol = csv.find('\n');
        std::string_view line = text::trim(csv.substr(0, eol));
        csv = eol == std::string_view::npos ? std::string_view{} : csv.substr(eol + 1);
        if (line.empty()) continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string_view> fields;
        std::size_t start = 0;
        for (;;) {
            auto sep = line.find(';', start);
            fields.push_back(line.substr(start, sep - start));
            if (sep == std::string_view::npos) break;
            start = sep + 1;
        }
        rows.push_back(std::move(fields));
    }
    return rows;
}

struct OsmRule {
    std::string_view key, value, specialty;
    Kind kind;
};

const std::unordered_map<std::string_view, Kind>& finessTable() {
    static const auto table = [] {
        std::unordered_map<std::string_view, Kind> t;
        for (const auto& row : parseTable(tables::kFinessCategoriesCsv))
            if (row.size() >= 2)
                if (auto kind = kindFromId(row[1])) t.emplace(row[0], *kind);
        return t;
    }();
    return table;
}

const std::vector<OsmRule>& osmRules() {
    static const auto rules = [] {
        std::vector<OsmRule> r;
        for (const auto& row : parseTable(tables::kOsmTagsCsv))
            if (row.size() >= 3)
                if (auto kind = kindFromId(row[2]))
                    r.push_back({row[0], row[1], row.size() > 3 ? row[3] : "", *kind});
        return r;
    }();
    return rules;
}

bool contains(const std::string& haystack, std::string_view needle) {
    return haystack.find(needle) != std::string::npos;
}

// OpenStreetMap has no tag for these French structures: their names say what they are.
std::optional<Kind> kindFromName(std::string_view name) {
    const std::string n = text::fold(name);
    if (contains(n, "cpts") || contains(n, "communaute professionnelle territoriale"))
        return Kind::Cpts;
    if (contains(n, "maison de sante") || contains(n, "maison medicale") ||
        contains(n, "pole de sante") || contains(n, "msp "))
        return Kind::Msp;
    if (contains(n, "centre de sante") || contains(n, "centre medical")) return Kind::CentreSante;
    return std::nullopt;
}

}  // namespace

Kind kindForFinessCategory(std::string_view categetab) {
    const auto& table = finessTable();
    auto it = table.find(categetab);
    return it == table.end() ? Kind::Other : it->second;
}

std::optional<OsmClassification> classifyOsm(const OsmTagLookup& tag) {
    for (const auto& rule : osmRules()) {
        auto value = tag(rule.key);
        if (!value || value->empty()) continue;
        if (rule.value != "*" && *value != rule.value) continue;
        OsmClassification c;
        c.kind = rule.kind;
        c.category = std::string(rule.key) + "=" + std::string(*value);
        if (auto speciality = tag("healthcare:speciality"); speciality && !speciality->empty())
            c.specialty = std::string(*speciality);
        else
            c.specialty = std::string(rule.specialty);
        if (c.kind == Kind::Clinic || c.kind == Kind::CentreSante || c.kind == Kind::Practice ||
            c.kind == Kind::Other) {
            if (auto name = tag("name"))
                if (auto named = kindFromName(*name)) c.kind = *named;
        }
        return c;
    }
    return std::nullopt;
}

}  // namespace parcours::directory
