#pragma once
// What advice, the estimate and the dossiers read about one démarche: the démarche, its
// profile and its calls in time order. Shared by the CLI (advise, estimate, dossier) and the
// app's rights page, so both see the same profile for the same démarche.

#include <optional>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/journal/records.hpp"

namespace parcours::journal {

struct DemarcheContext {
    Profile profile;
    Demarche demarche;
    std::vector<Call> calls;  // in time order
};

// Without a démarche: the default profile and an empty démarche of it (advice before any
// call). A démarche whose profile is gone (deleted on another device) gets the default
// profile rather than none. NotFound when the démarche does not exist. The journal is not
// const: the default profile is created on first use.
Result<DemarcheContext> loadDemarcheContext(Journal& journal,
                                            const std::optional<RecordId>& demarche);

}  // namespace parcours::journal
