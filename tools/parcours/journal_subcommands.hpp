#pragma once
// The `parcours journal …` commands, one function each, dispatched by journal_commands.cpp.
// Each checks its options first (usage errors, exit 2, before any file is touched), then
// opens the journal.

#include "args.hpp"

namespace parcours::cli {

int journalProfileAdd(const Args& args);
int journalProfileList(const Args& args);
int journalProfileEdit(const Args& args);

int journalDemarcheOpen(const Args& args);
int journalDemarcheList(const Args& args);
int journalDemarcheClose(const Args& args);

int journalCallLog(const Args& args);
int journalCallEdit(const Args& args);
int journalCallDelete(const Args& args);

int journalShow(const Args& args);
int journalFollowUps(const Args& args);
int journalExportCsv(const Args& args);
int journalExportIcs(const Args& args);
int journalExportJson(const Args& args);
int journalImportJson(const Args& args);
int journalConflicts(const Args& args);  // and `conflicts settle`

}  // namespace parcours::cli
