// Opening the journal, the write path, and what sync and the CLI ask of every record.
#include "parcours/journal/journal.hpp"

#include "journal/journal_impl.hpp"
#include "journal/journal_schema.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {
namespace {

// This device's id, made once with the file and never changed; the label may change.
Result<RecordId> selfDevice(sqlite::Database& db, const std::string& label) {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    auto select = db.prepare("SELECT id FROM device WHERE is_self = 1");
    if (!select) return select.error();
    auto row = select->step();
    if (!row) return row.error();
    RecordId id = *row ? idFromBlob(select->blob(0)) : RecordId::random();
    const bool exists = *row;
    select->reset();

    if (!exists) {
        auto insert = db.prepare("INSERT INTO device(id, label, is_self) VALUES (?1, ?2, 1)");
        if (!insert) return insert.error();
        if (auto r = insert->bindBlob(1, blobOf(id)).bind(2, label).run(); !r) return r.error();
    } else if (!label.empty()) {
        auto update = db.prepare("UPDATE device SET label = ?2 WHERE id = ?1 AND label <> ?2");
        if (!update) return update.error();
        if (auto r = update->bindBlob(1, blobOf(id)).bind(2, label).run(); !r) return r.error();
    }
    if (auto r = tx->commit(); !r) return r.error();
    return id;
}

std::string_view tableOf(RecordType type) {
    switch (type) {
        case RecordType::Profile:
            return "profiles";
        case RecordType::Demarche:
            return "demarches";
        case RecordType::Call:
            return "calls";
    }
    return "calls";
}

bool isHex(std::string_view text) {
    return text.find_first_not_of("0123456789abcdefABCDEF") == std::string_view::npos;
}

}  // namespace

std::string describe(RecordType type, const RecordId& id) {
    std::string name = type == RecordType::Demarche ? "démarche" : std::string(typeName(type));
    return name + " " + id.hex();
}

Result<Journal> Journal::open(const std::filesystem::path& file, JournalOptions options) {
    auto db = sqlite::Database::open(file);
    if (!db) return db.error();
    if (auto r = prepareJournal(*db); !r) return r.error();
    auto device = selfDevice(*db, options.deviceLabel);
    if (!device) return device.error();
    auto wall = options.wallClock ? std::move(options.wallClock) : systemWallClock();
    return Journal(std::make_unique<Impl>(Impl{std::move(*db), std::move(wall), *device}));
}

Journal::Journal(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Journal::Journal(Journal&&) noexcept = default;
Journal& Journal::operator=(Journal&&) noexcept = default;
Journal::~Journal() = default;

RecordId Journal::deviceId() const {
    return impl_->device;
}

Result<void> Journal::Impl::write(Change change, RecordType type, const RecordId& id,
                                  const MakePayload& make) {
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    auto head = headVersion(db, id);
    if (!head) return head.error();
    const bool live = *head && !(*head)->deleted && (*head)->type == type;
    if (change != Change::Create && !live) return notFound("no such " + describe(type, id));
    if (change == Change::Create && *head)
        return storageError(describe(type, id) + " already exists");  // a reused random id
    const bool deleted = change == Change::Delete;

    Version v;
    v.type = type;
    v.id = id;
    v.device = device;
    v.deleted = deleted;
    if (*head) {
        v.parentHlc = (*head)->hlc;
        v.parentDevice = (*head)->device;
    }
    if (!deleted) {
        auto payload = make(*head ? std::string_view{(*head)->payload} : std::string_view{});
        if (!payload) return payload.error();
        v.payload = std::move(*payload);
    }
    // The stored clock, not one kept in memory: another connection (the CLI, an import)
    // may have moved it since this one opened.
    auto stored = loadClock(db);
    if (!stored) return stored.error();
    HybridClock clock(wall, std::max(*stored, v.parentHlc));
    v.hlc = clock.now();
    if (auto r = saveClock(db, v.hlc); !r) return r;

    if (auto r = insertVersion(db, v); !r) return r.error();
    if (auto r = refreshView(db, id); !r) return r.error();
    return tx->commit();
}

Result<std::string> livePayload(const sqlite::Database& db, RecordType type, const RecordId& id) {
    auto head = headVersion(db, id);
    if (!head) return head.error();
    if (!*head || (*head)->deleted || (*head)->type != type)
        return notFound("no such " + describe(type, id));
    return std::move((*head)->payload);
}

Result<RecordId> Journal::resolve(const std::string& prefix, RecordType type) const {
    if (prefix.size() < 6 || prefix.size() > 32 || !isHex(prefix))
        return usageError("«" + prefix + "» is not a record id: give at least 6 of its hex digits");
    // hex() is upper case in SQLite; the blob range [prefix, prefix + 1) would be faster
    // but a journal holds thousands of records, not millions.
    auto stmt = impl_->db.prepare("SELECT id FROM " + std::string(tableOf(type)) +
                                  " WHERE deleted = 0 AND hex(id) LIKE ?1 || '%' LIMIT 2");
    if (!stmt) return stmt.error();
    std::string upper = prefix;
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    stmt->bind(1, upper);
    std::vector<RecordId> found;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        found.push_back(idFromBlob(stmt->blob(0)));
    }
    const std::string what =
        type == RecordType::Demarche ? "démarche" : std::string(typeName(type));
    if (found.empty()) return notFound("no such " + what + " «" + prefix + "»");
    if (found.size() > 1)
        return usageError("«" + prefix + "» is ambiguous: more than one " + what +
                          " id starts with it; give more digits");
    return found.front();
}

Result<std::vector<Version>> Journal::versions() const {
    return allVersions(impl_->db);
}

Result<bool> Journal::hasConflict(const RecordId& id) const {
    auto stmt = impl_->db.prepare(
        "SELECT conflict FROM profiles WHERE id = ?1 UNION ALL "
        "SELECT conflict FROM demarches WHERE id = ?1 UNION ALL "
        "SELECT conflict FROM calls WHERE id = ?1");
    if (!stmt) return stmt.error();
    stmt->bindBlob(1, blobOf(id));
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return notFound("no record " + id.hex());
    return stmt->integer(0) != 0;
}

Result<MergeReport> Journal::importVersions(std::span<const Version> batch) {
    return mergeVersions(impl_->db, impl_->wall, batch);
}

}  // namespace parcours::journal
