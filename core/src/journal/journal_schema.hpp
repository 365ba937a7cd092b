#pragma once
// The journal file: refusing what is not ours or too new, the connection's pragmas, and
// the schema migrations (research/sync-security.md §4.2, §4.3, §6).

#include <cstdint>
#include <span>
#include <string_view>

#include "parcours/common/result.hpp"
#include "sqlite/database.hpp"

namespace parcours::journal {

// "PRCJ": tells a journal from the directory ("PRCD") or any other SQLite file.
inline constexpr std::int64_t kJournalApplicationId = 0x5052434A;

// Step i takes the schema from user_version i to i + 1, in its own transaction that sets
// user_version last. Released steps are never edited: a change is a new step.
std::span<const std::string_view> journalMigrations();

// Checks the file, sets the pragmas and runs the missing steps. A file from a newer app
// or not a journal is refused before anything is written to it. `steps` is for tests.
Result<void> prepareJournal(sqlite::Database& db,
                            std::span<const std::string_view> steps = journalMigrations());

}  // namespace parcours::journal
