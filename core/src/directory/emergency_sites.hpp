#pragma once
// Keeping the FINESS structures' emergency flag in step with emergency_sites.

#include "parcours/common/result.hpp"
#include "sqlite/database.hpp"

namespace parcours::directory {

// Sets structures.emergency for every FINESS structure from the union of what says it
// has an emergency unit: FINESS itself never does (it has no category for emergency
// units), so a FINESS structure is marked exactly when its number is in emergency_sites,
// from any source; unmarked ones go back to unknown (NULL). Only the rows whose flag
// changes are written, and, with `spatialIndex`, their R*Tree auxiliary column too (an
// import that rebuilds the R*Tree afterwards does not need it). Inside the caller's
// transaction: called whenever the structures or the emergency sites are replaced, so
// the order of the imports does not matter.
Result<void> markEmergencySites(sqlite::Database& db, bool spatialIndex);

// The same for FINESS rows just written with no flag of their own (every FINESS import):
// only the listed sites change, found through the (source, source_id) index instead of a
// scan of every FINESS row. Before the R*Tree is rebuilt.
Result<void> markListedEmergencySites(sqlite::Database& db);

}  // namespace parcours::directory
