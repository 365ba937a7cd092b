#pragma once
// The spatial index (the `structures_geo` R*Tree), rebuilt in bulk after an import.
//
// SQLite's R*Tree inserts one entry at a time (about 12 µs each on our 2-core machine:
// 1.2 s for the national FINESS file, more than everything else in the import put
// together). Packing it bottom-up instead (Hilbert-sorted leaves, Kamel & Faloutsos 1993)
// writes the same shadow tables the module writes, in the format SQLite keeps stable for
// ever (its file format promise covers the R*Tree's shadow tables), and gives a tree that
// is at least as good to query. The tests check the result with SQLite's own rtreecheck().

#include "parcours/common/result.hpp"
#include "sqlite/database.hpp"

namespace parcours::directory {

// Rebuilds structures_geo from every positioned row of `structures` but known duplicates
// (notAKnownDuplicate). Runs inside the caller's transaction (it drops and recreates the
// virtual table, so no stale state of the R*Tree module survives).
Result<void> rebuildSpatialIndex(sqlite::Database& db);

// The CREATE statement, shared with the schema.
extern const char* const kSpatialIndexSchema;

}  // namespace parcours::directory
