#pragma once
// What every `parcours journal` command needs before doing its work: the journal file
// (--db-journal), ids given as unique hex prefixes, the directory for --practice.

#include <string>
#include <vector>

#include "args.hpp"
#include "parcours/common/result.hpp"
#include "parcours/journal/demarche_context.hpp"
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

// What advise, estimate and dossier read: core's journal::loadDemarcheContext for
// --demarche ID (a unique hex prefix), or for no démarche without it. The journal is
// --journal FILE (or --db-journal FILE, as the journal commands), else the default one.
using journal::DemarcheContext;
Result<DemarcheContext> loadDemarcheContext(const Args& args);

// What the user states about now, from the flags advise and estimate share: --urgent,
// --away-from-home, --mt-replacement, --new-gp, --pregnant, --teleconsultation.
rules::Situation situationFromFlags(const Args& args);

}  // namespace parcours::cli
