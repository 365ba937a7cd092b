#pragma once
// `parcours estimate` and `parcours dossier`: the reimbursement estimate and the documents
// built from a démarche. Both read the journal as advise does (journal_access.hpp).

#include <string>
#include <vector>

namespace parcours::cli {

int runEstimateCommand(const std::vector<std::string>& words);
int runDossierCommand(const std::vector<std::string>& words);

}  // namespace parcours::cli
