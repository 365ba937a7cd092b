#pragma once
// Decides whether a candidate row passes a query's Filter, on the few columns the spatial
// index carries, without reading the whole row.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "parcours/directory/query.hpp"

namespace parcours::directory {

class FilterMatcher {
  public:
    // `otherByDefault`: whether an empty kind list includes Other (search) or not (nearby).
    FilterMatcher(const Filter& filter, bool otherByDefault);

    // `specialty` as stored (a ';'-separated list, folded or not); `emergency` -1 when
    // unknown.
    [[nodiscard]] bool matches(std::string_view kindId, std::string_view specialty,
                               int emergency) const;

  private:
    [[nodiscard]] bool specialtyMatches(std::string_view storedPart) const;

    std::vector<std::string_view> kinds_;
    std::string specialty_;    // folded
    std::string specialtyId_;  // the specialty's id when it is a known one, else empty
    // A stored specialty's id, memoised: a query sees few distinct specialty texts.
    mutable std::unordered_map<std::string, std::string> ids_;
    bool emergencyOnly_ = false;
};

}  // namespace parcours::directory
