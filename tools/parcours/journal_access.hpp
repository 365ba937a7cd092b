#pragma once
// What every `parcours journal` command needs before doing its work: the journal file
// (--db-journal), ids given as unique hex prefixes, the directory for --practice.

#include <string>

#include "args.hpp"
#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::cli {

// --db-journal FILE, else the default journal.sqlite in the data folder.
Result<journal::Journal> openJournal(const Args& args);

// The one positional a command like `call delete ID` takes.
Result<std::string> singlePositional(const Args& args, std::string_view command);

// A record id from its hex prefix; `what` names it in messages ("démarche").
Result<journal::RecordId> resolveId(const journal::Journal& journal, const std::string& prefix,
                                    journal::RecordType type, std::string_view what);

// The practice snapshot for --practice DIRECTORY_ID, looked up in the directory (--db).
Result<journal::PracticeRef> practiceFromDirectory(const Args& args, const std::string& id);

}  // namespace parcours::cli
