// Replacing a source while its files are read (SourceWriter), and replaceSource on top.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>

#include "directory/directory_impl.hpp"
#include "directory/emergency_sites.hpp"
#include "directory/spatial_index.hpp"
#include "geo/hilbert.hpp"

namespace parcours::directory {
namespace {

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

struct SourceWriter::State {
    // Declared first, destroyed last: the statement is finalized before the rollback.
    std::optional<sqlite::Transaction> tx;
    sqlite::Database* db = nullptr;
    std::string source;
    sqlite::Statement insert;
    std::size_t count = 0;
    bool anyEmergencyFlag = false;  // a row written said itself whether it has an ER
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
    // Rows go straight to their table, the old ones out first: readers keep seeing those
    // until the commit (WAL), and the table's UNIQUE(source, source_id) finds an id given
    // twice as it comes (ON CONFLICT DO NOTHING skips that conflict only).
    if (auto r = deleteSource(impl_->db, state->source); !r) return r.error();
    auto insert = impl_->db.prepare(
        "INSERT INTO structures(" + std::string(kStructureColumns) +
        ") VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) "
        "ON CONFLICT(source, source_id) DO NOTHING");
    if (!insert) return insert.error();
    state->insert = std::move(*insert);
    return SourceWriter(std::move(state));
}

Result<bool> SourceWriter::add(const Structure& s) {
    if (!state_ || state_->finished) return usageError("this import is over");
    if (s.source != state_->source)
        return usageError(s.id() + " does not belong to source " + state_->source);
    bindStructureColumns(state_->insert, s);
    if (auto r = state_->insert.run(); !r)
        return storageError("cannot store " + s.id() + ": " + r.error().message);
    if (sqlite3_changes(state_->db->handle()) == 0) return false;  // the id came before
    ++state_->count;
    state_->anyEmergencyFlag = state_->anyEmergencyFlag || s.emergency.has_value();
    return true;
}

Result<void> SourceWriter::finish(const SourceImport& import) {
    if (!state_ || state_->finished) return usageError("this import is over");
    if (import.source != state_->source)
        return usageError("an import of " + state_->source + " recorded as " + import.source);
    state_->finished = true;  // whatever happens now, this writer is done
    state_->insert = {};
    auto& db = *state_->db;
    // The text and spatial indexes in bulk, from the rows just written. In rowid order:
    // FTS5 flushes its pending terms to a new segment whenever a rowid goes backwards (the
    // (source, source_id) index's order costs 5 times more).
    {
        auto text = db.prepare(
            "INSERT INTO structures_text(rowid, name, address, city) "
            "SELECT rowid, name, address, city FROM structures WHERE source = ?1 "
            "ORDER BY rowid");
        if (!text) return text.error();
        if (auto r = text->bind(1, state_->source).run(); !r) return r;
    }
    // Only FINESS rows take their flag from the emergency sites; before the R*Tree reads it.
    if (state_->source == "finess") {
        auto marked =
            state_->anyEmergencyFlag ? markEmergencySites(db, false) : markListedEmergencySites(db);
        if (!marked) return marked;
    }
    if (auto r = rebuildSpatialIndex(db); !r) return r;
    if (auto r = recordSource(db, import, state_->count); !r) return r;
    return state_->tx->commit();
}

Result<void> Directory::replaceSource(const SourceImport& import,
                                      const std::vector<Structure>& structures) {
    auto writer = beginReplaceSource(import.source);
    if (!writer) return writer.error();
    for (const Structure* s : inSpatialOrder(structures)) {
        auto added = writer->add(*s);
        if (!added) return added.error();
        if (!*added) return badInput(s->id() + " appears twice");
    }
    return writer->finish(import);
}

}  // namespace parcours::directory
