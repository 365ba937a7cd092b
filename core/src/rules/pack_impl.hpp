#pragma once
// What the rules implementation files share: the validated pack message.

#include "parcours/rules/advice.hpp"
#include "parcours/rules/pack.hpp"
#include "rules.pb.h"

namespace parcours::rules {

struct RulePack::Impl {
    pb::RulePack pack;
};

// A rule's or a figure's confidence as the API gives it; unset reads Medium.
Confidence confidenceOf(pb::Confidence c);

}  // namespace parcours::rules
