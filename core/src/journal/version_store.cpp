#include "journal/version_store.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>

#include "journal/codec.hpp"

namespace parcours::journal {
namespace {

constexpr std::string_view kVersionColumns =
    "type, id, hlc, device, parent_hlc, parent_device, deleted, payload";
constexpr std::string_view kInsertVersion =
    "INSERT OR IGNORE INTO versions(type, id, hlc, device, parent_hlc, parent_device, deleted, "
    "payload) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";

Version rowToVersion(const sqlite::Statement& row) {
    Version v;
    v.type = typeFromName(row.text(0)).value_or(RecordType::Call);
    v.id = idFromBlob(row.blob(1));
    v.hlc = Hlc{static_cast<std::uint64_t>(row.integer(2))};
    v.device = idFromBlob(row.blob(3));
    v.parentHlc = Hlc{static_cast<std::uint64_t>(row.integer(4))};
    v.parentDevice = idFromBlob(row.blob(5));
    v.deleted = row.integer(6) != 0;
    v.payload = std::string(row.blob(7));
    return v;
}

// A foreign version must decode as its type, so the views never hold what cannot be read.
Result<void> check(const Version& v) {
    // Named only when refused: the check runs for every version of an import.
    auto what = [&v] { return "version " + v.id.hex() + ": "; };
    if (v.hlc.value == 0) return badInput(what() + "no clock value");
    if (v.parentHlc >= v.hlc && v.parentHlc.value != 0)
        return badInput(what() + "its parent is not older than itself");
    if (v.deleted) return {};
    Result<void> decoded;
    switch (v.type) {
        case RecordType::Profile:
            if (auto r = decodeProfile(v.id, v.payload); !r) decoded = r.error();
            break;
        case RecordType::Demarche:
            if (auto r = decodeDemarche(v.id, v.payload); !r) decoded = r.error();
            break;
        case RecordType::Call:
            if (auto r = decodeCall(v.id, v.payload); !r) decoded = r.error();
            break;
    }
    if (!decoded) return badInput(what() + decoded.error().message);
    return {};
}

// One prepared statement for a whole batch: an import may bring thousands of versions.
Result<bool> insertWith(sqlite::Database& db, sqlite::Statement& stmt, const Version& v) {
    const std::string_view payload = v.deleted ? std::string_view{""} : std::string_view{v.payload};
    const std::string_view parentDevice =
        v.parentHlc.value == 0 ? std::string_view{""} : blobOf(v.parentDevice);
    stmt.bind(1, typeName(v.type))
        .bindBlob(2, blobOf(v.id))
        .bind(3, static_cast<std::int64_t>(v.hlc.value))
        .bindBlob(4, blobOf(v.device))
        .bind(5, static_cast<std::int64_t>(v.parentHlc.value))
        .bindBlob(6, parentDevice)
        .bind(7, v.deleted ? 1 : 0)
        .bindBlob(8, payload);
    if (auto r = stmt.run(); !r) return r.error();
    return sqlite3_changes(db.handle()) > 0;
}

}  // namespace

std::string_view typeName(RecordType type) {
    switch (type) {
        case RecordType::Profile:
            return "profile";
        case RecordType::Demarche:
            return "demarche";
        case RecordType::Call:
            return "call";
    }
    return "call";
}

std::optional<RecordType> typeFromName(std::string_view name) {
    if (name == "profile") return RecordType::Profile;
    if (name == "demarche") return RecordType::Demarche;
    if (name == "call") return RecordType::Call;
    return std::nullopt;
}

std::string_view blobOf(const RecordId& id) {
    return {reinterpret_cast<const char*>(id.bytes.data()), id.bytes.size()};
}

RecordId idFromBlob(std::string_view blob) {
    RecordId id;
    if (blob.size() == id.bytes.size()) std::memcpy(id.bytes.data(), blob.data(), blob.size());
    return id;
}

Result<Hlc> loadClock(const sqlite::Database& db) {
    auto value = db.queryInteger("SELECT hlc FROM clock WHERE id = 1");
    if (!value) return value.error();
    return Hlc{static_cast<std::uint64_t>(*value)};
}

Result<void> saveClock(sqlite::Database& db, Hlc hlc) {
    auto stmt = db.prepare("UPDATE clock SET hlc = max(hlc, ?1) WHERE id = 1");
    if (!stmt) return stmt.error();
    return stmt->bind(1, static_cast<std::int64_t>(hlc.value)).run();
}

Result<std::optional<Version>> headVersion(const sqlite::Database& db, const RecordId& id) {
    auto stmt = db.prepare("SELECT " + std::string(kVersionColumns) +
                           " FROM versions WHERE id = ?1 ORDER BY hlc DESC, device DESC LIMIT 1");
    if (!stmt) return stmt.error();
    stmt->bindBlob(1, blobOf(id));
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<Version>{};
    return std::optional<Version>{rowToVersion(*stmt)};
}

Result<bool> insertVersion(sqlite::Database& db, const Version& v) {
    auto stmt = db.prepare(kInsertVersion);
    if (!stmt) return stmt.error();
    return insertWith(db, *stmt, v);
}

Result<MergeReport> mergeVersions(sqlite::Database& db, const HybridClock::WallClock& wall,
                                  std::span<const Version> batch) {
    MergeReport report;
    report.received = batch.size();
    for (const auto& v : batch)
        if (auto r = check(v); !r) return r.error();

    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    // Each record's head before the merge and the greatest (hlc, device) the batch brings
    // for it: versions are only ever added, so the head after is the greater of the two.
    // Tells added / updated / unchanged records without reading the heads again.
    auto head = db.prepare(
        "SELECT hlc, device FROM versions WHERE id = ?1 ORDER BY hlc DESC, device DESC LIMIT 1");
    if (!head) return head.error();
    using Key = std::pair<Hlc, RecordId>;
    struct Heads {
        std::optional<Key> before;
        Key brought;
    };
    std::map<RecordId, Heads> heads;
    for (const auto& v : batch) {
        const Key key{v.hlc, v.device};
        auto [it, fresh] = heads.try_emplace(v.id, Heads{std::nullopt, key});
        if (!fresh) {
            it->second.brought = std::max(it->second.brought, key);
            continue;
        }
        head->reset();
        head->bindBlob(1, blobOf(v.id));
        auto row = head->step();
        if (!row) return row.error();
        if (*row)
            it->second.before =
                Key{Hlc{static_cast<std::uint64_t>(head->integer(0))}, idFromBlob(head->blob(1))};
    }
    head->reset();  // an open read would keep the checkpoint below from truncating the WAL

    // Records touched by the batch, with the version added when it is the only one.
    std::map<RecordId, const Version*> touched;
    bool erasedContent = false;
    std::map<RecordId, Hlc> lastSeen;
    auto insert = db.prepare(kInsertVersion);
    if (!insert) return insert.error();
    for (const auto& v : batch) {
        auto added = insertWith(db, *insert, v);
        if (!added) return added.error();
        if (*added) {
            ++report.added;
            auto [it, fresh] = touched.try_emplace(v.id, &v);
            if (!fresh) it->second = nullptr;
            erasedContent = erasedContent || v.deleted;
        }
        report.maxHlc = std::max(report.maxHlc, v.hlc);
        auto& seen = lastSeen[v.device];
        seen = std::max(seen, v.hlc);
    }
    // Each device's latest clock value, for drift warnings and, one day, tombstone GC.
    auto device = db.prepare(
        "INSERT INTO device(id, last_seen_hlc) VALUES (?1, ?2) ON CONFLICT(id) DO UPDATE SET "
        "last_seen_hlc = max(coalesce(last_seen_hlc, 0), excluded.last_seen_hlc)");
    if (!device) return device.error();
    for (const auto& [id, hlc] : lastSeen) {
        device->bindBlob(1, blobOf(id)).bind(2, static_cast<std::int64_t>(hlc.value));
        if (auto r = device->run(); !r) return r.error();
    }
    auto views = ViewRefresher::prepare(db);
    if (!views) return views.error();
    for (const auto& [id, only] : touched) {
        const bool alone = only != nullptr && !heads.at(id).before;
        auto conflict = alone ? views->refreshOnly(*only) : views->refresh(id);
        if (!conflict) return conflict.error();
        if (*conflict) report.conflicted.push_back(id);
    }

    for (const auto& [id, h] : heads) {
        if (!h.before)
            ++report.recordsAdded;
        else if (h.brought > *h.before)
            ++report.recordsUpdated;
        else
            ++report.recordsUnchanged;
    }

    auto stored = loadClock(db);
    if (!stored) return stored.error();
    HybridClock clock(wall, *stored);
    if (report.maxHlc.value != 0) report.clockCapped = clock.observe(report.maxHlc).capped;
    if (auto r = saveClock(db, clock.last()); !r) return r.error();

    if (auto r = tx->commit(); !r) return r.error();
    // A tombstone erased content (secure_delete zeroes the file's pages); the WAL may
    // still hold it until a checkpoint. Best effort: a busy reader only delays it.
    if (erasedContent) (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    return report;
}

Result<std::vector<Version>> allVersions(const sqlite::Database& db) {
    auto stmt = db.prepare("SELECT " + std::string(kVersionColumns) +
                           " FROM versions ORDER BY id, hlc, device");
    if (!stmt) return stmt.error();
    std::vector<Version> out;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        out.push_back(rowToVersion(*stmt));
    }
    return out;
}

}  // namespace parcours::journal
