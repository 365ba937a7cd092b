// Writing to the directory: replacing a source in one transaction, manual entries.
#include <algorithm>
#include <array>
#include <chrono>
#include <ctime>
#include <random>

#include "common/text.hpp"
#include "directory/directory_impl.hpp"
#include "directory/emergency_sites.hpp"
#include "directory/spatial_index.hpp"
#include "geo/hilbert.hpp"

namespace parcours::directory {
namespace {

std::string utcNowIso8601() {
    std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm tm{};
    gmtime_r(&now, &tm);
    std::array<char, 32> buffer{};
    if (std::strftime(buffer.data(), buffer.size(), "%Y-%m-%dT%H:%M:%SZ", &tm) == 0) return {};
    return buffer.data();
}

// Inserts into the three tables that hold a structure; statements prepared once.
class StructureWriter {
  public:
    // `indexPositions`: insert into the R*Tree one by one (a manual entry); an import
    // rebuilds it in bulk instead.
    static Result<StructureWriter> prepare(sqlite::Database& db, bool indexPositions) {
        StructureWriter w;
        w.indexPositions_ = indexPositions;
        auto row = db.prepare(
            "INSERT INTO structures(source, source_id, kind, category, specialty, name, address, "
            "postcode, city, phone, lat, lon, emergency, finess_ref, person, position_precision) "
            "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)");
        if (!row) return row.error();
        auto geo = db.prepare(
            "INSERT INTO structures_geo(id, min_lat, max_lat, min_lon, max_lon, lat, lon, kind, "
            "specialty, emergency) VALUES(?1, ?2, ?2, ?3, ?3, ?2, ?3, ?4, ?5, ?6)");
        if (!geo) return geo.error();
        auto text = db.prepare(
            "INSERT INTO structures_text(rowid, name, address, city) VALUES(?1, ?2, ?3, ?4)");
        if (!text) return text.error();
        w.db_ = &db;
        w.row_ = std::move(*row);
        w.geo_ = std::move(*geo);
        w.text_ = std::move(*text);
        return w;
    }

    Result<void> insert(const Structure& s) {
        const std::string_view kind = kindId(s.kind);
        row_.bindStable(1, s.source).bindStable(2, s.sourceId).bindStable(3, kind);
        row_.bindStable(4, s.category).bindStable(5, s.specialty).bindStable(6, s.name);
        row_.bindStable(7, s.address).bindStable(8, s.postcode).bindStable(9, s.city);
        row_.bindStable(10, s.phone);
        if (s.position) row_.bind(11, s.position->lat).bind(12, s.position->lon);
        if (s.emergency) row_.bind(13, *s.emergency ? 1 : 0);
        row_.bindStable(14, s.finessRef).bindStable(15, s.person);
        row_.bindStable(16, positionPrecisionId(s.positionPrecision));
        if (auto r = row_.run(); !r) {
            return storageError("cannot store " + s.id() + ": " + r.error().message);
        }
        const std::int64_t rowid = db_->lastInsertRowid();

        if (s.position && indexPositions_) {
            const std::string specialty = text::fold(s.specialty);
            geo_.bind(1, rowid).bind(2, s.position->lat).bind(3, s.position->lon);
            geo_.bindStable(4, kind).bindStable(5, specialty);
            if (s.emergency) geo_.bind(6, *s.emergency ? 1 : 0);
            if (auto r = geo_.run(); !r) return r;
        }
        text_.bind(1, rowid).bindStable(2, s.name).bindStable(3, s.address).bindStable(4, s.city);
        return text_.run();
    }

  private:
    StructureWriter() = default;
    sqlite::Database* db_ = nullptr;
    sqlite::Statement row_, geo_, text_;
    bool indexPositions_ = true;
};

Result<void> deleteSource(sqlite::Database& db, std::string_view source) {
    // External-content FTS5 needs the old values to forget them.
    auto text = db.prepare(
        "INSERT INTO structures_text(structures_text, rowid, name, address, city) "
        "SELECT 'delete', rowid, name, address, city FROM structures WHERE source = ?1");
    auto rows = db.prepare("DELETE FROM structures WHERE source = ?1");
    for (auto* stmt : {&text, &rows}) {
        if (!*stmt) return stmt->error();
        if (auto r = (*stmt)->bind(1, source).run(); !r) return r;
    }
    return {};
}

std::string randomHexId() {
    std::random_device device;
    std::array<std::uint32_t, 4> words{device(), device(), device(), device()};
    std::string id;
    static constexpr std::string_view kHex = "0123456789abcdef";
    for (std::uint32_t w : words)
        for (int shift = 28; shift >= 0; shift -= 4) id += kHex[(w >> shift) & 0xF];
    return id;
}

// Rows stored in spatial order put neighbours on the same pages: a nearby query then
// reads a few pages, not one per answer.
std::vector<const Structure*> inSpatialOrder(const std::vector<Structure>& structures) {
    std::vector<std::pair<std::uint64_t, const Structure*>> keyed;
    keyed.reserve(structures.size());
    for (const Structure& s : structures)
        keyed.emplace_back(s.position ? geo::hilbertIndex(*s.position) : UINT64_MAX, &s);
    std::stable_sort(keyed.begin(), keyed.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<const Structure*> ordered;
    ordered.reserve(keyed.size());
    for (const auto& k : keyed) ordered.push_back(k.second);
    return ordered;
}

}  // namespace

Result<void> recordSource(sqlite::Database& db, const SourceImport& import, std::size_t count) {
    auto stmt = db.prepare(
        "INSERT OR REPLACE INTO sources(source, files, extraction_date, imported_at, structures, "
        "skipped) VALUES(?1, ?2, ?3, ?4, ?5, ?6)");
    if (!stmt) return stmt.error();
    stmt->bind(1, import.source).bind(2, import.files).bind(3, import.extractionDate);
    stmt->bind(4, utcNowIso8601()).bind(5, static_cast<std::int64_t>(count));
    stmt->bind(6, static_cast<std::int64_t>(import.skipped));
    return stmt->run();
}

Result<void> Directory::replaceSource(const SourceImport& import,
                                      const std::vector<Structure>& structures) {
    if (import.source.empty() || import.source == "manual")
        return usageError("cannot replace source «" + import.source + "»");
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto r = deleteSource(db, import.source); !r) return r;

    auto writer = StructureWriter::prepare(db, false);
    if (!writer) return writer.error();
    for (const Structure* s : inSpatialOrder(structures)) {
        if (s->source != import.source)
            return usageError(s->id() + " does not belong to source " + import.source);
        if (auto r = writer->insert(*s); !r) return r;
    }
    if (auto r = markEmergencySites(db, false); !r) return r;  // before the R*Tree reads it
    if (auto r = rebuildSpatialIndex(db); !r) return r;
    if (auto r = recordSource(db, import, structures.size()); !r) return r;
    return tx->commit();
}

Result<std::string> Directory::addManual(Structure structure) {
    if (text::trim(structure.name).empty()) return usageError("a structure needs a name");
    if (structure.position && !geo::isValid(*structure.position))
        return usageError("invalid position");
    structure.source = "manual";
    structure.sourceId = randomHexId();
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    auto writer = StructureWriter::prepare(db, true);
    if (!writer) return writer.error();
    if (auto r = writer->insert(structure); !r) return r.error();
    if (auto r = tx->commit(); !r) return r.error();
    return structure.id();
}

Result<void> Directory::removeManual(std::string_view id) {
    std::string_view source, sourceId;
    if (!splitId(id, source, sourceId) || source != "manual")
        return usageError("«" + std::string(id) + "» is not the id of a manual entry");
    auto& db = impl_->db;
    auto tx = sqlite::Transaction::begin(db);
    if (!tx) return tx.error();
    auto find =
        db.prepare("SELECT rowid FROM structures WHERE source = 'manual' AND source_id = ?1");
    if (!find) return find.error();
    find->bind(1, sourceId);
    auto row = find->step();
    if (!row) return row.error();
    if (!*row) return notFound("no manual entry " + std::string(id));
    const std::int64_t rowid = find->integer(0);
    find->reset();
    for (std::string_view sql :
         {"INSERT INTO structures_text(structures_text, rowid, name, address, city) "
          "SELECT 'delete', rowid, name, address, city FROM structures WHERE rowid = ?1",
          "DELETE FROM structures_geo WHERE id = ?1", "DELETE FROM structures WHERE rowid = ?1"}) {
        auto stmt = db.prepare(sql);
        if (!stmt) return stmt.error();
        if (auto r = stmt->bind(1, rowid).run(); !r) return r;
    }
    return tx->commit();
}

}  // namespace parcours::directory
