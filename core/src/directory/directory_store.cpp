// Writing to the directory: manual entries, the import record (a source is replaced by a
// SourceWriter, source_writer.cpp).
#include <array>
#include <chrono>
#include <ctime>
#include <random>

#include "common/text.hpp"
#include "directory/directory_impl.hpp"

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

// Inserts a manual entry into the three tables that hold a structure (an import goes
// through a SourceWriter, which fills them in bulk).
class StructureWriter {
  public:
    static Result<StructureWriter> prepare(sqlite::Database& db) {
        StructureWriter w;
        auto row = db.prepare("INSERT INTO structures(" + std::string(kStructureColumns) +
                              ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
                              "?14, ?15, ?16)");
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
        bindStructureColumns(row_, s);
        if (auto r = row_.run(); !r) {
            return storageError("cannot store " + s.id() + ": " + r.error().message);
        }
        const std::int64_t rowid = db_->lastInsertRowid();

        if (s.position) {
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
};

std::string randomHexId() {
    std::random_device device;
    std::array<std::uint32_t, 4> words{device(), device(), device(), device()};
    std::string id;
    static constexpr std::string_view kHex = "0123456789abcdef";
    for (std::uint32_t w : words)
        for (int shift = 28; shift >= 0; shift -= 4) id += kHex[(w >> shift) & 0xF];
    return id;
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

void bindStructureColumns(sqlite::Statement& stmt, const Structure& s) {
    stmt.bindStable(1, s.source).bindStable(2, s.sourceId).bindStable(3, kindId(s.kind));
    stmt.bindStable(4, s.category).bindStable(5, s.specialty).bindStable(6, s.name);
    stmt.bindStable(7, s.address).bindStable(8, s.postcode).bindStable(9, s.city);
    stmt.bindStable(10, s.phone);
    if (s.position) stmt.bind(11, s.position->lat).bind(12, s.position->lon);
    if (s.emergency) stmt.bind(13, *s.emergency ? 1 : 0);
    stmt.bindStable(14, s.finessRef).bindStable(15, s.person);
    stmt.bindStable(16, positionPrecisionId(s.positionPrecision));
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
    auto writer = StructureWriter::prepare(db);
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
