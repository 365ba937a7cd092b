#pragma once
// Decides whether a candidate row passes a query's Filter, on the few columns the spatial
// index carries, without reading the whole row.

#include <string>
#include <string_view>
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
    std::vector<std::string_view> kinds_;
    std::string specialty_;  // folded
    bool emergencyOnly_ = false;
};

}  // namespace parcours::directory
