#pragma once
// What the Directory's implementation files share: the connection and row mapping.

#include <cstdint>
#include <string>
#include <vector>

#include "parcours/directory/directory.hpp"
#include "sqlite/database.hpp"

namespace parcours::directory {

struct Directory::Impl {
    sqlite::Database db;
};

// The columns every query reads, in the order rowToStructure expects.
inline constexpr std::string_view kStructureColumns =
    "source, source_id, kind, category, specialty, name, address, postcode, city, phone, lat, "
    "lon, emergency, finess_ref, person, position_precision";

// An OpenStreetMap object that declares the FINESS number of a structure we already have
// (with a position) is the same place twice: shown once, as its FINESS entry. The SQL
// condition that keeps everything else, for a `structures` row named `alias`.
std::string notAKnownDuplicate(std::string_view alias);

// Records an import in `sources` (what `stats` lists), inside the caller's transaction.
Result<void> recordSource(sqlite::Database& db, const SourceImport& import, std::size_t count);

// Binds ?1…?16 of an INSERT in kStructureColumns' order. Text is bound stable: `s` must
// outlive the step.
void bindStructureColumns(sqlite::Statement& stmt, const Structure& s);

// Rows stored in spatial order put neighbours on the same pages: a nearby query then
// reads a few pages, not one per answer. For callers that hold a source's structures
// (replaceSource, a file read whole); a streamed source is stored in file order.
std::vector<const Structure*> inSpatialOrder(const std::vector<Structure>& structures);

Structure rowToStructure(const sqlite::Statement& row, int first = 0);

// "finess:010000024" → ("finess", "010000024"); false when there is no ':'.
bool splitId(std::string_view id, std::string_view& source, std::string_view& sourceId);

}  // namespace parcours::directory
