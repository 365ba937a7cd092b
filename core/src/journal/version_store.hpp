#pragma once
// The grow-only set of versions and the views derived from it: what a local write and a
// sync import share. Internal to core; the sync module builds on mergeVersions.

#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/hlc.hpp"
#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"

namespace parcours::journal {

std::string_view typeName(RecordType type);  // "profile", "demarche", "call"
std::optional<RecordType> typeFromName(std::string_view name);

// A RecordId as a blob to bind (valid while the id lives) and back from a column.
std::string_view blobOf(const RecordId& id);
RecordId idFromBlob(std::string_view blob);  // zero id unless 16 bytes

// The persisted clock (table clock), read and advanced inside the write's transaction.
Result<Hlc> loadClock(const sqlite::Database& db);
Result<void> saveClock(sqlite::Database& db, Hlc hlc);

// The version with the greatest (hlc, device) of `id`, if any.
Result<std::optional<Version>> headVersion(const sqlite::Database& db, const RecordId& id);

// Adds a version unless (id, hlc, device) is already there; true when it was added. A
// tombstone's payload is stored empty. Runs in the caller's transaction.
Result<bool> insertVersion(sqlite::Database& db, const Version& version);

// Rebuilds the view row of `id` from all its versions: the head, the decoded columns,
// the conflict flag (two non-deleted versions where neither is an ancestor of the other
// through parent links). A function of the version set alone, so every device that holds
// the same versions shows the same view. Runs in the caller's transaction. Returns the
// conflict flag.
Result<bool> refreshView(sqlite::Database& db, const RecordId& id);

// refreshView with its statements prepared once, for a batch of records (an import).
class ViewRefresher {
  public:
    static Result<ViewRefresher> prepare(sqlite::Database& db);
    Result<bool> refresh(const RecordId& id);
    // refresh() for a record whose one stored version is `only` (new to this journal):
    // the view follows from it alone, without reading the versions back.
    Result<bool> refreshOnly(const Version& only);

  private:
    ViewRefresher() = default;
    struct Row;
    Result<bool> write(const Row& row);
    sqlite::Statement versions_, clear_, profile_, demarche_, call_;
};

// The sync import, in one transaction: the union of the batch with the stored versions
// (INSERT OR IGNORE), the views of the records it added to recomputed, and the clock
// moved past the batch's greatest hlc (within the drift cap), so a later local edit
// wins over everything imported. A malformed version refuses the whole batch.
Result<MergeReport> mergeVersions(sqlite::Database& db, const HybridClock::WallClock& wall,
                                  std::span<const Version> batch);

// Every stored version, ordered by (id, hlc, device).
Result<std::vector<Version>> allVersions(const sqlite::Database& db);

}  // namespace parcours::journal
