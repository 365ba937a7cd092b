#include "directory/filter_matcher.hpp"

#include <algorithm>

#include "common/text.hpp"
#include "parcours/rules/facts.hpp"
#include "rules/specialty.hpp"

namespace parcours::directory {

FilterMatcher::FilterMatcher(const Filter& filter, bool otherByDefault)
    : specialty_(text::fold(text::trim(filter.specialty))), emergencyOnly_(filter.emergencyOnly) {
    // The sources name one specialty differently (RPPS "Médecine Générale", OpenStreetMap
    // "general", FINESS or a person "généraliste"): a known specialty matches them all.
    if (!specialty_.empty()) {
        std::string id = rules::normalizeSpecialty(specialty_);
        if (rules::isSpecialtyId(id)) specialtyId_ = std::move(id);
    }
    if (filter.kinds.empty()) {
        for (Kind k : allKinds())
            if (otherByDefault || isCareKind(k)) kinds_.push_back(kindId(k));
    } else {
        for (Kind k : filter.kinds) kinds_.push_back(kindId(k));
    }
}

bool FilterMatcher::matches(std::string_view kindId, std::string_view specialty,
                            int emergency) const {
    if (std::find(kinds_.begin(), kinds_.end(), kindId) == kinds_.end()) return false;
    if (emergencyOnly_ && emergency != 1) return false;
    if (specialty_.empty()) return true;
    // OpenStreetMap lists several specialities with ';' ("general;paediatrics").
    const std::string folded = text::fold(specialty);
    std::string_view rest = folded;
    while (!rest.empty()) {
        auto sep = rest.find(';');
        if (specialtyMatches(text::trim(rest.substr(0, sep)))) return true;
        if (sep == std::string_view::npos) break;
        rest.remove_prefix(sep + 1);
    }
    return false;
}

bool FilterMatcher::specialtyMatches(std::string_view storedPart) const {
    if (storedPart == specialty_) return true;
    if (specialtyId_.empty() || storedPart.empty()) return false;
    auto [it, fresh] = ids_.try_emplace(std::string(storedPart));
    if (fresh) it->second = rules::normalizeSpecialty(storedPart);
    return it->second == specialtyId_;
}

}  // namespace parcours::directory
