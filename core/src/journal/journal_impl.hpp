#pragma once
// What the Journal's implementation files share: the connection, the device, and the
// one way to change anything (Impl::write).

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "parcours/journal/journal.hpp"
#include "sqlite/database.hpp"

namespace parcours::journal {

struct Journal::Impl {
    sqlite::Database db;
    HybridClock::WallClock wall;
    RecordId device;

    // Builds the new payload from the head's (empty for a new record).
    using MakePayload = std::function<Result<std::string>(std::string_view headPayload)>;
    enum class Change { Create, Edit, Delete };

    // One change, one transaction: the clock steps (persisted), a version is added whose
    // parent is the current head, and the view row is rebuilt. Edit and Delete need a live
    // record of `type`, checked inside the transaction (NotFound otherwise), so a deletion
    // made meanwhile by another connection is never edited over. Delete: a tombstone.
    Result<void> write(Change change, RecordType type, const RecordId& id, const MakePayload& make);
};

// The head payload of a live record of `type`; NotFound when missing or deleted.
Result<std::string> livePayload(const sqlite::Database& db, RecordType type, const RecordId& id);

// "call 3f2a9c…" for messages.
std::string describe(RecordType type, const RecordId& id);

}  // namespace parcours::journal
