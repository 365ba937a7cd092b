#pragma once
// `parcours estimate` and `parcours dossier`: the reimbursement estimate and the documents
// built from a démarche. Both read the journal the same way (loadDemarcheContext).

#include <optional>
#include <string>
#include <vector>

#include "args.hpp"
#include "parcours/common/result.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::cli {

int runEstimateCommand(const std::vector<std::string>& words);
int runDossierCommand(const std::vector<std::string>& words);

// A démarche (--demarche ID, a unique hex prefix) with its profile and its calls in time
// order; without --demarche, the default profile and an empty démarche. The journal is
// --journal FILE (or --db-journal FILE, as the journal commands), else the default one.
struct DemarcheContext {
    journal::Profile profile;
    journal::Demarche demarche;
    std::vector<journal::Call> calls;
};
Result<DemarcheContext> loadDemarcheContext(const Args& args);

}  // namespace parcours::cli
