#pragma once
// Evaluating a rule's condition on facts, and saying why it held.

#include <string>
#include <vector>

#include "parcours/rules/facts.hpp"
#include "rules.pb.h"

namespace parcours::rules {

// Whether `c` holds; when it does, `why` gets the leaf predicates that made it hold
// ("refusals = 3 (≥ 3)", "not (has_medecin_traitant = true)"). A predicate on an unknown
// fact is false, except IS_SET.
bool evaluate(const pb::Condition& c, const Facts& facts, std::vector<std::string>& why);

// "refusals ≥ 3", "seeking in (urgent, specialist)": a predicate as written.
std::string describe(const pb::Predicate& p);
std::string describe(const pb::Condition& c);

}  // namespace parcours::rules
