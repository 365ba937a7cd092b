#pragma once
// `parcours sync …`: exchanging the journal between devices by encrypted bundle files.

#include <string>
#include <vector>

namespace parcours::cli {

int runSyncCommand(const std::vector<std::string>& words);
std::string syncUsage();

}  // namespace parcours::cli
