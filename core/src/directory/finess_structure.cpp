#include "directory/finess_structure.hpp"

#include <initializer_list>

#include "common/text.hpp"
#include "directory/finess_fields.hpp"
#include "directory/kind_mapping.hpp"

namespace parcours::directory {
namespace {

namespace f = finess::structureet;

}  // namespace

PostalLine splitAcheminement(std::string_view line) {
    line = text::trim(line);
    bool hasCode = line.size() >= 5 && (line.size() == 5 || line[5] == ' ' || line[5] == '\t');
    for (std::size_t i = 0; hasCode && i < 5; ++i) hasCode = line[i] >= '0' && line[i] <= '9';
    if (!hasCode) return {"", text::collapseSpaces(line)};
    return {std::string(line.substr(0, 5)), text::collapseSpaces(line.substr(5))};
}

std::string finessAddress(std::span<const std::string_view> fields) {
    std::string street = text::joinCollapsed(
        {fields[f::kNumvoie], fields[f::kTypvoie], fields[f::kVoie], fields[f::kCompvoie]});
    if (!street.empty()) return street;
    return text::joinCollapsed({fields[f::kCompldistrib], fields[f::kLieuditbp]});
}

Structure structureFromFiness(std::span<const std::string_view> fields) {
    Structure s;
    s.source = "finess";
    s.sourceId = std::string(text::trim(fields[f::kNofinesset]));
    s.category = std::string(text::trim(fields[f::kCategetab]));
    s.kind = kindForFinessCategory(s.category);
    s.name = text::collapseSpaces(fields[f::kRslongue]);
    if (s.name.empty()) s.name = text::collapseSpaces(fields[f::kRs]);
    s.address = finessAddress(fields);
    PostalLine postal = splitAcheminement(fields[f::kLigneacheminement]);
    s.postcode = std::move(postal.postcode);
    s.city = std::move(postal.city);
    s.phone = std::string(text::trim(fields[f::kTelephone]));
    return s;
}

}  // namespace parcours::directory
