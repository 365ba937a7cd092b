#pragma once
// `parcours rules lint|facts` (the rule packs and the facts they test) and
// `parcours advise` (the advice of the French pack for a démarche of the journal).

#include <string>
#include <vector>

namespace parcours::cli {

// `group` is "rules" or "advise"; `words` what follows it.
int runRulesCommand(const std::string& group, const std::vector<std::string>& words);
extern const char* const kRulesUsage;

}  // namespace parcours::cli
