#pragma once
// What the rules implementation files share: the validated pack message.

#include "parcours/rules/pack.hpp"
#include "rules.pb.h"

namespace parcours::rules {

struct RulePack::Impl {
    pb::RulePack pack;
};

}  // namespace parcours::rules
