// The emergency sites (SAE URGENCES, FINESS activities) and the structures they mark.
#include "directory/emergency_sites.hpp"

#include <utility>
#include <vector>

#include "directory/directory_impl.hpp"

namespace parcours::directory {

Result<void> markEmergencySites(sqlite::Database& db, bool spatialIndex) {
    // The rows whose flag changes, read first: then written, with no statement reading
    // the table being written.
    auto changed = db.prepare(
        "SELECT rowid, marked FROM (SELECT s.rowid, s.emergency, CASE WHEN EXISTS (SELECT 1 "
        "FROM emergency_sites e WHERE e.finess = s.source_id) THEN 1 END AS marked FROM "
        "structures s WHERE s.source = 'finess') WHERE emergency IS NOT marked");
    if (!changed) return changed.error();
    std::vector<std::pair<std::int64_t, bool>> rows;
    for (;;) {
        auto row = changed->step();
        if (!row) return row.error();
        if (!*row) break;
        rows.emplace_back(changed->integer(0), !changed->isNull(1));
    }
    if (rows.empty()) return {};
    auto structure = db.prepare("UPDATE structures SET emergency = ?2 WHERE rowid = ?1");
    auto geo = db.prepare("UPDATE structures_geo SET emergency = ?2 WHERE id = ?1");
    if (!structure) return structure.error();
    if (!geo) return geo.error();
    for (const auto& [rowid, marked] : rows) {
        structure->bind(1, rowid);
        if (marked)
            structure->bind(2, 1);
        else
            structure->bindNull(2);
        if (auto r = structure->run(); !r) return r;
        if (!spatialIndex) continue;
        geo->bind(1, rowid);
        if (marked)
            geo->bind(2, 1);
        else
            geo->bindNull(2);
        if (auto r = geo->run(); !r) return r;
    }
    return {};
}

Result<void> markListedEmergencySites(sqlite::Database& db) {
    return db.exec(
        "UPDATE structures SET emergency = 1 WHERE source = 'finess' AND source_id IN "
        "(SELECT finess FROM emergency_sites)");
}

Result<std::size_t> Directory::replaceEmergencySites(const SourceImport& import,
                                                     const std::vector<EmergencySite>& sites) {
    if (import.source.empty() || import.source == "finess" || import.source == "manual")
        return usageError("cannot replace emergency sites of source «" + import.source + "»");
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    auto remove = db.prepare("DELETE FROM emergency_sites WHERE source = ?1");
    if (!remove) return remove.error();
    if (auto r = remove->bind(1, import.source).run(); !r) return r.error();
    auto insert = db.prepare(
        "INSERT OR REPLACE INTO emergency_sites(finess, source, label) VALUES(?1, ?2, ?3)");
    if (!insert) return insert.error();
    for (const EmergencySite& site : sites) {
        insert->bindStable(1, site.finess).bindStable(2, import.source).bindStable(3, site.label);
        if (auto r = insert->run(); !r)
            return storageError("cannot store emergency site " + site.finess + ": " +
                                r.error().message);
    }
    if (auto r = markEmergencySites(db, true); !r) return r.error();
    if (auto r = recordSource(db, import, sites.size()); !r) return r.error();
    auto marked = db.queryInteger(
        "SELECT count(*) FROM structures WHERE source = 'finess' AND emergency = 1");
    if (!marked) return marked.error();
    if (auto r = tx->commit(); !r) return r.error();
    return static_cast<std::size_t>(*marked);
}

}  // namespace parcours::directory
