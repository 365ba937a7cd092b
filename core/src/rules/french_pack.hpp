#pragma once
// The parts of the French pack (data/rules/fr/*.textpb, sorted by name), embedded by CMake
// into french_pack.cpp (from french_pack.cpp.in) at configure time.

#include <vector>

#include "parcours/rules/pack.hpp"

namespace parcours::rules {

std::vector<PackPart> frenchPackParts();

}  // namespace parcours::rules
