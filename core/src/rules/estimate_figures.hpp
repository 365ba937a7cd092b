#pragma once
// What the estimator reads from a pack: the dated figures and the acts, with the money
// arithmetic it does on them (integer cents, rounded to the cent, half up).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "pack_impl.hpp"
#include "parcours/rules/advice.hpp"
#include "parcours/rules/facts.hpp"

namespace parcours::rules::detail {

// The entry of figure `id` in force on `date` (valid_from ≤ date ≤ valid_to, dates
// compared as YYYY-MM-DD text), or nullptr. Entries of one id have disjoint periods
// (pack validation); the first that covers the date is taken.
const pb::Figure* figureOn(const pb::RulePack& pack, std::string_view id, std::string_view date);

const pb::Act* findAct(const pb::RulePack& pack, std::string_view id);

// The value of a figure whatever its kind: cents, percent or count.
std::int64_t figureValue(const pb::Figure& figure);

// The url of a Source of the pack, or the id itself when the pack has no such source.
std::string sourceUrl(const pb::RulePack& pack, const std::string& sourceId);

// `percent` % of `cents`, to the cent, half up (amounts here are never negative).
std::int64_t percentOf(std::int64_t cents, std::int64_t percent);

// 1060 → "10,60 €" (French decimal comma), for the reasons.
std::string formatEuros(std::int64_t cents);

// A fact read for the estimate: an unknown fact is false / nullopt.
bool factFlag(const Facts& facts, std::string_view name);
std::optional<std::int64_t> factInt(const Facts& facts, std::string_view name);

}  // namespace parcours::rules::detail
