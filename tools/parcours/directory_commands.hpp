#pragma once
// `parcours directory …`: import, nearby, search, stats, show, add, remove.

#include <string>
#include <vector>

namespace parcours::cli {

int runDirectoryCommand(const std::vector<std::string>& words);
extern const char* const kDirectoryUsage;

}  // namespace parcours::cli
