#pragma once
// Records in conflict and how the person settles them. A conflict is two devices editing
// the same record before exchanging: the merge keeps both, shows the later one, and flags
// the record (journal.hpp). Here: what each competing version says, which device made it
// and when, and settling by picking one, which becomes a new version over all of them.

#include <cstddef>
#include <string>
#include <vector>

#include "parcours/common/result.hpp"
#include "parcours/journal/journal.hpp"

namespace parcours::journal {

// One field of a record as a person reads it: "Résultat" → "Refus (autre motif)".
struct ConflictField {
    std::string label;  // French
    std::string value;  // French text; empty when not set
};

struct CompetingVersion {
    std::size_t number = 0;  // 1, 2, …: what `settle --version N` takes
    Hlc hlc;                 // when (hlc.millis(): Unix ms on the device's clock)
    RecordId device;
    bool thisDevice = false;            // made on this journal's device
    bool current = false;               // the one the journal shows now
    std::vector<ConflictField> fields;  // every field of the record, in a fixed order
};

struct Conflict {
    RecordType type = RecordType::Call;
    RecordId id;
    std::string title;  // "Appel : Cabinet du Parc, 2026-10-12T09:30", from the current version
    std::vector<std::string> differing;  // labels of the fields the versions disagree on
    // One per distinct content (the latest version saying it), oldest first.
    std::vector<CompetingVersion> versions;
};

// Every record in conflict: profiles, démarches, then calls.
Result<std::vector<Conflict>> listConflicts(const Journal& journal);

// One record's conflict; NotFound when the record is not in conflict (or does not exist).
Result<Conflict> conflictOf(const Journal& journal, const RecordId& id);

// Settles `id` with its competing version `number` (as listed). Usage error for a number
// out of range; NotFound when the record is no longer in conflict. Nothing changes then.
Result<void> settleConflict(Journal& journal, const RecordId& id, std::size_t number);

// "Appel", "Démarche", "Profil".
std::string recordTypeLabelFr(RecordType type);

}  // namespace parcours::journal
