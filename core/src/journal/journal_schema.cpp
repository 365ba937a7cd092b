#include "journal/journal_schema.hpp"

#include <string>

namespace parcours::journal {
namespace {

// v1. versions is the grow-only set of immutable versions (the state sync exchanges);
// profiles, demarches and calls are the current views, one row per record (its head
// version), with the columns queries need decoded from the payload. A deleted record
// keeps its row with deleted = 1 and its columns cleared. Times: `at` is the text the
// user gave, `at_ms` its instant for sorting; HLCs only order versions.
constexpr std::string_view kSchemaV1 = R"sql(
CREATE TABLE device(
    id BLOB PRIMARY KEY,
    label TEXT NOT NULL DEFAULT '',
    is_self INTEGER NOT NULL DEFAULT 0,
    last_seen_hlc INTEGER
) WITHOUT ROWID;
CREATE TABLE clock(id INTEGER PRIMARY KEY CHECK (id = 1), hlc INTEGER NOT NULL);
INSERT INTO clock VALUES (1, 0);
CREATE TABLE versions(
    type TEXT NOT NULL CHECK (type IN ('profile', 'demarche', 'call')),
    id BLOB NOT NULL,
    hlc INTEGER NOT NULL,
    device BLOB NOT NULL,
    parent_hlc INTEGER NOT NULL DEFAULT 0,
    parent_device BLOB NOT NULL DEFAULT x'',
    deleted INTEGER NOT NULL DEFAULT 0,
    payload BLOB NOT NULL DEFAULT x'',
    PRIMARY KEY (id, hlc, device)
) WITHOUT ROWID;
CREATE TABLE profiles(
    id BLOB PRIMARY KEY,
    hlc INTEGER NOT NULL,
    device BLOB NOT NULL,
    created_hlc INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    conflict INTEGER NOT NULL DEFAULT 0,
    display_name TEXT NOT NULL DEFAULT '',
    is_self INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE demarches(
    id BLOB PRIMARY KEY,
    hlc INTEGER NOT NULL,
    device BLOB NOT NULL,
    created_hlc INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    conflict INTEGER NOT NULL DEFAULT 0,
    profile BLOB NOT NULL DEFAULT x'',
    seeking TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT '',
    opened_at TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE TABLE calls(
    id BLOB PRIMARY KEY,
    hlc INTEGER NOT NULL,
    device BLOB NOT NULL,
    created_hlc INTEGER NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    conflict INTEGER NOT NULL DEFAULT 0,
    demarche BLOB NOT NULL DEFAULT x'',
    practice_id TEXT NOT NULL DEFAULT '',
    practice_name TEXT NOT NULL DEFAULT '',
    practice_phone TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL DEFAULT '',
    at_ms INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX calls_by_demarche ON calls(demarche, at_ms) WHERE deleted = 0;
CREATE INDEX calls_by_follow_up ON calls(follow_up) WHERE deleted = 0 AND follow_up <> '';
)sql";

constexpr std::string_view kSteps[] = {kSchemaV1};

Result<std::int64_t> pragma(const sqlite::Database& db, std::string_view name) {
    return db.queryInteger("PRAGMA " + std::string(name));
}

Result<void> runStep(sqlite::Database& db, std::string_view sql, std::int64_t target) {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto r = db.exec(sql); !r)
        return storageError("journal migration to version " + std::to_string(target) +
                            " failed (nothing changed): " + r.error().message);
    if (target == 1)
        if (auto r = db.exec("PRAGMA application_id = " + std::to_string(kJournalApplicationId));
            !r)
            return r;
    if (auto r = db.exec("PRAGMA user_version = " + std::to_string(target)); !r) return r;
    return tx->commit();
}

}  // namespace

std::span<const std::string_view> journalMigrations() {
    return kSteps;
}

Result<void> prepareJournal(sqlite::Database& db, std::span<const std::string_view> steps) {
    const std::string where = db.path().string() + ": ";
    // Reading the header first: nothing below writes to a file we then refuse.
    auto appId = pragma(db, "application_id");
    if (!appId) return storageError(where + "not a Parcours journal: " + appId.error().message);
    auto version = pragma(db, "user_version");
    if (!version) return version.error();
    auto tables = db.queryInteger("SELECT count(*) FROM sqlite_schema");
    if (!tables) return tables.error();

    const bool fresh = *appId == 0 && *version == 0 && *tables == 0;
    if (!fresh && *appId != kJournalApplicationId)
        return storageError(where + "not a Parcours journal (application_id " +
                            std::to_string(*appId) + "); left untouched");
    const auto known = static_cast<std::int64_t>(steps.size());
    if (*version > known)
        return storageError(where + "made by a newer version of Parcours (journal schema " +
                            std::to_string(*version) + ", this one knows up to " +
                            std::to_string(known) +
                            "); update Parcours to open it. Left untouched");

    // The patient's own data: a power cut must not undo a saved call (FULL), and deleted
    // text is overwritten (secure_delete). WAL lets a reader see the last commit while a
    // write runs. busy_timeout: the app and the CLI may open the file at once.
    if (auto r = db.exec("PRAGMA busy_timeout = 5000; PRAGMA journal_mode = WAL; "
                         "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; "
                         "PRAGMA secure_delete = ON;");
        !r)
        return r;
#ifdef __APPLE__
    // Plain fsync does not flush the drive cache on Apple platforms.
    if (auto r = db.exec("PRAGMA fullfsync = ON; PRAGMA checkpoint_fullfsync = ON;"); !r) return r;
#endif

    for (auto v = *version; v < known; ++v)
        if (auto r = runStep(db, steps[static_cast<std::size_t>(v)], v + 1); !r) return r;
    return {};
}

}  // namespace parcours::journal
