// Writing La Poste's communes: the whole table replaced in one transaction.
#include "directory/directory_impl.hpp"

namespace parcours::directory {

Result<void> Directory::replaceCommunes(const SourceImport& import,
                                        const std::vector<CommuneRow>& rows) {
    if (import.source.empty()) return usageError("communes need a source name");
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto r = db.exec("DELETE FROM communes"); !r) return r;
    auto insert = db.prepare(
        "INSERT INTO communes(insee, name, postcode, ligne5, acheminement, lat, lon, name_folded, "
        "ligne5_folded) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    if (!insert) return insert.error();
    for (const CommuneRow& row : rows) {
        if (row.insee.empty() || row.name.empty() || row.postcode.empty())
            return usageError("a commune row needs an INSEE code, a name and a postcode");
        if (row.position && !geo::isValid(*row.position))
            return usageError("invalid position for commune " + row.insee);
        const std::string folded = foldCommuneName(row.name);
        const std::string ligne5Folded = foldCommuneName(row.ligne5);
        insert->bindStable(1, row.insee).bindStable(2, row.name).bindStable(3, row.postcode);
        insert->bindStable(4, row.ligne5).bindStable(5, row.acheminement);
        if (row.position)
            insert->bind(6, row.position->lat).bind(7, row.position->lon);
        else
            insert->bindNull(6).bindNull(7);
        insert->bindStable(8, folded).bindStable(9, ligne5Folded);
        if (auto r = insert->run(); !r)
            return storageError("cannot store commune " + row.insee + ": " + r.error().message);
    }
    if (auto r = recordSource(db, import, rows.size()); !r) return r;
    return tx->commit();
}

}  // namespace parcours::directory
