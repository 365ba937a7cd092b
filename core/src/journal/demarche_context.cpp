#include "parcours/journal/demarche_context.hpp"

#include <utility>

namespace parcours::journal {

Result<DemarcheContext> loadDemarcheContext(Journal& journal,
                                            const std::optional<RecordId>& demarche) {
    DemarcheContext context;
    if (!demarche) {
        auto profile = journal.defaultProfile();
        if (!profile) return profile.error();
        context.profile = std::move(*profile);
        context.demarche.profile = context.profile.id;
        return context;
    }
    auto found = journal.demarche(*demarche);
    if (!found) return found.error();
    context.demarche = std::move(*found);
    auto calls = journal.calls(*demarche);
    if (!calls) return calls.error();
    context.calls = std::move(*calls);
    auto profiles = journal.profiles();
    if (!profiles) return profiles.error();
    for (auto& p : *profiles)
        if (p.id == context.demarche.profile) context.profile = std::move(p);
    if (context.profile.id != context.demarche.profile) {
        auto profile = journal.defaultProfile();
        if (!profile) return profile.error();
        context.profile = std::move(*profile);
    }
    return context;
}

}  // namespace parcours::journal
