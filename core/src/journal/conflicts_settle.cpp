// Journal::settle: the one write of journal/conflicts.hpp, which needs the journal's
// connection and clock.
#include <algorithm>

#include "journal/conflicts_graph.hpp"
#include "journal/journal_impl.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {

Result<void> Journal::settle(const RecordId& id, Hlc hlc, const RecordId& device) {
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    // Read inside the transaction: an import made meanwhile by another connection is seen.
    auto stmt = db.prepare(
        "SELECT type, hlc, device, parent_hlc, parent_device, deleted, payload FROM versions "
        "WHERE id = ?1 ORDER BY hlc, device");
    if (!stmt) return stmt.error();
    stmt->bindBlob(1, blobOf(id));
    std::vector<Version> versions;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        versions.push_back(
            Version{typeFromName(stmt->text(0)).value_or(RecordType::Call), id,
                    Hlc{static_cast<std::uint64_t>(stmt->integer(1))}, idFromBlob(stmt->blob(2)),
                    Hlc{static_cast<std::uint64_t>(stmt->integer(3))}, idFromBlob(stmt->blob(4)),
                    stmt->integer(5) != 0, std::string(stmt->blob(6))});
    }
    stmt->reset();
    if (!inConflict(versions)) return notFound("record " + id.hex() + " is not in conflict");
    const auto leaves = liveLeaves(versions);
    const auto chosen = std::ranges::find_if(leaves, [&](std::size_t i) {
        return versions[i].hlc == hlc && versions[i].device == device;
    });
    if (chosen == leaves.end())
        return notFound("record " + id.hex() + " has no competing version from " +
                        device.hex().substr(0, 8) + " at that time");

    // After every version of the record, not only the stored clock: a version from a clock
    // over a day ahead (not followed, hlc.hpp) must not stay the head.
    auto stored = loadClock(db);
    if (!stored) return stored.error();
    HybridClock clock(impl_->wall, std::max(*stored, versions.back().hlc));
    const Version& pick = versions[*chosen];
    for (std::size_t leaf : leaves) {
        Version v;
        v.type = pick.type;
        v.id = id;
        v.device = impl_->device;
        v.parentHlc = versions[leaf].hlc;
        v.parentDevice = versions[leaf].device;
        v.payload = pick.payload;
        v.hlc = clock.now();
        if (auto r = insertVersion(db, v); !r) return r.error();
    }
    if (auto r = saveClock(db, clock.last()); !r) return r;
    auto conflict = refreshView(db, id);
    if (!conflict) return conflict.error();
    return tx->commit();
}

}  // namespace parcours::journal
