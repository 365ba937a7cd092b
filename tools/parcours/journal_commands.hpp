#pragma once
// `parcours journal …`: the patient's own record of profiles, démarches and calls.

#include <string>
#include <vector>

namespace parcours::cli {

int runJournalCommand(const std::vector<std::string>& words);
std::string journalUsage();

}  // namespace parcours::cli
