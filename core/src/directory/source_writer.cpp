// Replacing a source while its files are read (SourceWriter), and replaceSource on top.
#include <cstdint>
#include <optional>
#include <string>

#include "directory/directory_impl.hpp"
#include "directory/emergency_sites.hpp"
#include "directory/spatial_index.hpp"
#include "geo/hilbert.hpp"

namespace parcours::directory {
namespace {

// Rows wait here until finish(): the file's order is not the order we want them stored in,
// and a temporary table sorts them on disk (SQLite's external sort) where a vector would
// hold the whole source in memory. UNIQUE(source_id) finds an id given twice as it comes
// (ON CONFLICT DO NOTHING: only that conflict is skipped; OR IGNORE would skip NOT NULL too).
constexpr std::string_view kStagingSchema = R"sql(
CREATE TEMP TABLE staged_structures(
    source TEXT NOT NULL, source_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL,
    category TEXT NOT NULL, specialty TEXT NOT NULL, name TEXT NOT NULL,
    address TEXT NOT NULL, postcode TEXT NOT NULL, city TEXT NOT NULL, phone TEXT NOT NULL,
    lat REAL, lon REAL, emergency INTEGER, finess_ref TEXT NOT NULL, person TEXT NOT NULL,
    position_precision TEXT NOT NULL, spatial_key INTEGER NOT NULL))sql";

// The Hilbert index as a signed SQLite integer that sorts the same way; rows without a
// position last.
std::int64_t spatialKey(const std::optional<geo::LatLon>& position) {
    const std::uint64_t h = position ? geo::hilbertIndex(*position) : UINT64_MAX;
    return static_cast<std::int64_t>(h ^ (std::uint64_t{1} << 63));
}

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

}  // namespace

struct SourceWriter::State {
    // Declared first, destroyed last: the statements are finalized before the rollback.
    std::optional<sqlite::Transaction> tx;
    sqlite::Database* db = nullptr;
    std::string source;
    sqlite::Statement stage;
    std::size_t count = 0;
    bool finished = false;
};

SourceWriter::SourceWriter(std::unique_ptr<State> state) : state_(std::move(state)) {}
SourceWriter::SourceWriter(SourceWriter&&) noexcept = default;
SourceWriter& SourceWriter::operator=(SourceWriter&&) noexcept = default;
SourceWriter::~SourceWriter() = default;

std::size_t SourceWriter::count() const {
    return state_ ? state_->count : 0;
}

Result<SourceWriter> Directory::beginReplaceSource(std::string_view source) {
    if (source.empty() || source == "manual")
        return usageError("cannot replace source «" + std::string(source) + "»");
    auto state = std::make_unique<SourceWriter::State>();
    state->db = &impl_->db;
    state->source = std::string(source);
    auto tx = sqlite::Transaction::begin(impl_->db);
    if (!tx) return tx.error();
    state->tx.emplace(std::move(*tx));
    // Created inside the transaction: a rollback drops it too.
    if (auto r = impl_->db.exec(kStagingSchema); !r) return r.error();
    auto stage = impl_->db.prepare(
        "INSERT INTO staged_structures(" + std::string(kStructureColumns) +
        ", spatial_key) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
        "?15, ?16, ?17) ON CONFLICT(source_id) DO NOTHING");
    if (!stage) return stage.error();
    state->stage = std::move(*stage);
    return SourceWriter(std::move(state));
}

Result<bool> SourceWriter::add(const Structure& s) {
    if (!state_ || state_->finished) return usageError("this import is over");
    if (s.source != state_->source)
        return usageError(s.id() + " does not belong to source " + state_->source);
    bindStructureColumns(state_->stage, s);
    state_->stage.bind(17, spatialKey(s.position));
    if (auto r = state_->stage.run(); !r)
        return storageError("cannot store " + s.id() + ": " + r.error().message);
    if (sqlite3_changes(state_->db->handle()) == 0) return false;  // the id came before
    ++state_->count;
    return true;
}

Result<void> SourceWriter::finish(const SourceImport& import) {
    if (!state_ || state_->finished) return usageError("this import is over");
    if (import.source != state_->source)
        return usageError("an import of " + state_->source + " recorded as " + import.source);
    state_->finished = true;  // whatever happens now, this writer is done
    state_->stage = {};       // finalized before the staging table is dropped
    auto& db = *state_->db;
    if (auto r = deleteSource(db, state_->source); !r) return r;
    // Rows stored in spatial order put neighbours on the same pages: a nearby query then
    // reads a few pages, not one per answer.
    const std::string columns(kStructureColumns);
    if (auto r = db.exec("INSERT INTO structures(" + columns + ") SELECT " + columns +
                         " FROM staged_structures ORDER BY spatial_key, rowid");
        !r)
        return r;
    if (auto r = db.exec("DROP TABLE temp.staged_structures"); !r) return r;
    {
        auto text = db.prepare(
            "INSERT INTO structures_text(rowid, name, address, city) "
            "SELECT rowid, name, address, city FROM structures WHERE source = ?1");
        if (!text) return text.error();
        if (auto r = text->bind(1, state_->source).run(); !r) return r;
    }
    if (auto r = markEmergencySites(db, false); !r) return r;  // before the R*Tree reads it
    if (auto r = rebuildSpatialIndex(db); !r) return r;
    if (auto r = recordSource(db, import, state_->count); !r) return r;
    return state_->tx->commit();
}

Result<void> Directory::replaceSource(const SourceImport& import,
                                      const std::vector<Structure>& structures) {
    auto writer = beginReplaceSource(import.source);
    if (!writer) return writer.error();
    for (const Structure& s : structures) {
        auto added = writer->add(s);
        if (!added) return added.error();
        if (!*added) return badInput(s.id() + " appears twice");
    }
    return writer->finish(import);
}

}  // namespace parcours::directory
