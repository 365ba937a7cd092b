#pragma once
// Which versions of one record compete, as a function of its version set alone (so every
// device holding the same versions agrees): the live leaves, versions no held version
// names as parent. A record is in conflict when two live leaves say different things.
// Settling writes the chosen content over every live leaf, so they all agree again; an
// edit made meanwhile elsewhere, unseen by the settlement, is a new leaf and conflicts.
// Internal to core: the views (view_rows.cpp) and journal/conflicts.hpp share it.

#include <cstddef>
#include <span>
#include <vector>

#include "parcours/journal/journal.hpp"

namespace parcours::journal {

// Indices into `versions` (one record's) of its live leaves, in (hlc, device) order.
std::vector<std::size_t> liveLeaves(std::span<const Version> versions);

// Two live leaves with different payloads.
bool inConflict(std::span<const Version> versions);

}  // namespace parcours::journal
