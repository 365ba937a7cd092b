#pragma once
// What every `parcours journal` command needs before doing its work: the journal file
// (--db-journal), ids given as unique hex prefixes, the directory for --practice.

#include <string>
#include <vector>

#include "args.hpp"
#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"
#include "parcours/rules/facts.hpp"

namespace parcours::cli {

// --db-journal FILE or --journal FILE (one spelling for every command group), else the
// default journal.sqlite in the data folder.
Result<journal::Journal> openJournal(const Args& args);

// The one positional a command like `call delete ID` takes.
Result<std::string> singlePositional(const Args& args, std::string_view command);

// A record id from its hex prefix; `what` names it in messages ("démarche").
Result<journal::RecordId> resolveId(const journal::Journal& journal, const std::string& prefix,
                                    journal::RecordType type, std::string_view what);

// The practice snapshot for --practice DIRECTORY_ID, looked up in the directory (--db).
Result<journal::PracticeRef> practiceFromDirectory(const Args& args, const std::string& id);

// What advise, estimate and dossier read: a démarche (--demarche ID, a unique hex prefix)
// with its profile and its calls in time order; without --demarche, the default profile
// and an empty démarche; a démarche whose profile is gone gets the default profile. The
// journal is --journal FILE (or --db-journal FILE, as the journal commands), else the
// default one.
struct DemarcheContext {
    journal::Profile profile;
    journal::Demarche demarche;
    std::vector<journal::Call> calls;
};
Result<DemarcheContext> loadDemarcheContext(const Args& args);

// What the user states about now, from the flags advise and estimate share: --urgent,
// --away-from-home, --mt-replacement, --new-gp, --pregnant, --teleconsultation.
rules::Situation situationFromFlags(const Args& args);

}  // namespace parcours::cli
