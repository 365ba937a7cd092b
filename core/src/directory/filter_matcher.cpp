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

bool FilterMatcher::matches(std::string_view kindId, std::string_view specialtyFolded,
                            int emergency) const {
    if (std::find(kinds_.begin(), kinds_.end(), kindId) == kinds_.end()) return false;
    if (emergencyOnly_ && emergency != 1) return false;
    if (specialty_.empty()) return true;
    // OpenStreetMap lists several specialities with ';' ("general;paediatrics").
    while (!specialtyFolded.empty()) {
        auto sep = specialtyFolded.find(';');
        if (text::trim(specialtyFolded.substr(0, sep)) == specialty_) return true;
        if (sep == std::string_view::npos) break;
        specialtyFolded.remove_prefix(sep + 1);
    }
    return false;
}

}  // namespace parcours::directory
