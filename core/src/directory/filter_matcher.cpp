#include "directory/filter_matcher.hpp"

#include <algorithm>

#include "common/text.hpp"

namespace parcours::directory {

FilterMatcher::FilterMatcher(const Filter& filter, bool otherByDefault)
    : specialty_(text::fold(text::trim(filter.specialty))), emergencyOnly_(filter.emergencyOnly) {
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
        if (text::trim(rest.substr(0, sep)) == specialty_) return true;
        if (sep == std::string_view::npos) break;
        rest.remove_prefix(sep + 1);
    }
    return false;
}

}  // namespace parcours::directory
