// The materialised views: each record's row rebuilt from its versions.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "journal/codec.hpp"
#include "journal/conflicts_graph.hpp"
#include "journal/datetime.hpp"
#include "journal/version_store.hpp"

namespace parcours::journal {
namespace {

using Key = std::pair<Hlc, RecordId>;  // a version of one record: (hlc, device)

struct Node {
    Key parent;
    bool deleted = false;
};

// What a deletion erases: the content of every version the tombstone was made over, for
// privacy (the user asked for it to go). Concurrent versions are not its ancestors and
// keep theirs, so a conflicting edit can still be restored. A function of the version
// set, so devices converge whatever order the versions arrive in.
Result<void> clearDeletedHistory(sqlite::Statement& stmt, const RecordId& id,
                                 const std::map<Key, Node>& versions) {
    std::set<Key> erased;
    for (const auto& [key, node] : versions) {
        if (!node.deleted) continue;
        Key at = node.parent;
        for (std::size_t steps = 0; at.first.value != 0 && steps < versions.size(); ++steps) {
            auto it = versions.find(at);
            if (it == versions.end() || !erased.insert(at).second) break;
            at = it->second.parent;
        }
    }
    for (const auto& [hlc, device] : erased) {
        stmt.bindBlob(1, blobOf(id))
            .bind(2, static_cast<std::int64_t>(hlc.value))
            .bindBlob(3, blobOf(device));
        if (auto r = stmt.run(); !r) return r;
    }
    return {};
}

struct Columns {
    RecordId id;
    Version head;
    Hlc created;
    bool conflict = false;
};

// Columns 1–6, the same in every view: id, head hlc and device, creation, deleted, conflict.
sqlite::Statement& bindHead(sqlite::Statement& stmt, const Columns& c) {
    return stmt.bindBlob(1, blobOf(c.id))
        .bind(2, static_cast<std::int64_t>(c.head.hlc.value))
        .bindBlob(3, blobOf(c.head.device))
        .bind(4, static_cast<std::int64_t>(c.created.value))
        .bind(5, c.head.deleted ? 1 : 0)
        .bind(6, c.conflict ? 1 : 0);
}

Result<void> upsertProfile(sqlite::Statement& stmt, const Columns& c) {
    Profile p;
    if (!c.head.deleted) {
        auto decoded = decodeProfile(c.id, c.head.payload);
        if (!decoded) return decoded.error();
        p = std::move(*decoded);
    }
    bindHead(stmt, c)
        .bind(7, p.displayName)
        .bind(8, !c.head.deleted && isSelfProfile(c.head.payload) ? 1 : 0);
    return stmt.run();
}

Result<void> upsertDemarche(sqlite::Statement& stmt, const Columns& c) {
    Demarche d;
    std::string_view profile, seeking, status;
    if (!c.head.deleted) {
        auto decoded = decodeDemarche(c.id, c.head.payload);
        if (!decoded) return decoded.error();
        d = std::move(*decoded);
        profile = blobOf(d.profile);
        seeking = seekingId(d.seeking);
        status = statusId(d.status);
    }
    bindHead(stmt, c).bindBlob(7, profile).bind(8, seeking).bind(9, status).bind(10, d.openedAt);
    return stmt.run();
}

Result<void> upsertCall(sqlite::Statement& stmt, const Columns& c) {
    Call call;
    std::string_view demarche, outcome;
    std::int64_t atMillis = 0;
    if (!c.head.deleted) {
        auto decoded = decodeCall(c.id, c.head.payload);
        if (!decoded) return decoded.error();
        call = std::move(*decoded);
        demarche = blobOf(call.demarche);
        outcome = outcomeId(call.outcome);
        atMillis = instantOf(call.at).value_or(0);
    }
    bindHead(stmt, c)
        .bindBlob(7, demarche)
        .bind(8, call.practice.directoryId)
        .bind(9, call.practice.name)
        .bind(10, call.practice.phone)
        .bind(11, call.at)
        .bind(12, atMillis)
        .bind(13, outcome)
        .bind(14, call.followUp);
    return stmt.run();
}

}  // namespace

struct ViewRefresher::Row {
    Columns columns;
};

Result<ViewRefresher> ViewRefresher::prepare(sqlite::Database& db) {
    ViewRefresher r;
    const std::pair<sqlite::Statement*, std::string_view> statements[] = {
        {&r.versions_,
         "SELECT hlc, device, parent_hlc, parent_device, deleted, type, payload FROM versions "
         "WHERE id = ?1"},
        {&r.clear_,
         "UPDATE versions SET payload = x'' WHERE id = ?1 AND hlc = ?2 AND device = ?3 "
         "AND length(payload) > 0"},
        {&r.profile_,
         "INSERT OR REPLACE INTO profiles(id, hlc, device, created_hlc, deleted, conflict, "
         "display_name, is_self) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"},
        {&r.demarche_,
         "INSERT OR REPLACE INTO demarches(id, hlc, device, created_hlc, deleted, conflict, "
         "profile, seeking, status, opened_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
        {&r.call_,
         "INSERT OR REPLACE INTO calls(id, hlc, device, created_hlc, deleted, conflict, demarche, "
         "practice_id, practice_name, practice_phone, at, at_ms, outcome, follow_up) "
         "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"},
    };
    for (const auto& [statement, sql] : statements) {
        auto prepared = db.prepare(sql);
        if (!prepared) return prepared.error();
        *statement = std::move(*prepared);
    }
    return r;
}

Result<bool> ViewRefresher::refresh(const RecordId& id) {
    versions_.bindBlob(1, blobOf(id));
    std::map<Key, Node> versions;
    std::vector<Version> all;  // for the conflict rule (journal/conflicts_graph.hpp)
    Columns columns{id, {}, {}, false};
    for (;;) {
        auto row = versions_.step();
        if (!row) return row.error();
        if (!*row) break;
        Key key{Hlc{static_cast<std::uint64_t>(versions_.integer(0))},
                idFromBlob(versions_.blob(1))};
        Key parent{Hlc{static_cast<std::uint64_t>(versions_.integer(2))},
                   idFromBlob(versions_.blob(3))};
        const bool deleted = versions_.integer(4) != 0;
        versions.emplace(key, Node{parent, deleted});
        all.push_back(Version{typeFromName(versions_.text(5)).value_or(RecordType::Call), id,
                              key.first, key.second, parent.first, parent.second, deleted,
                              std::string(versions_.blob(6))});
        // The head: the greatest (hlc, device).
        if (all.size() == 1 || key > Key{columns.head.hlc, columns.head.device})
            columns.head = all.back();
    }
    versions_.reset();
    if (versions.empty()) return false;
    if (auto r = clearDeletedHistory(clear_, id, versions); !r) return r.error();

    columns.created = versions.begin()->first.first;
    columns.conflict = inConflict(all);
    return write(Row{columns});
}

Result<bool> ViewRefresher::refreshOnly(const Version& only) {
    // One version: it is the head, the creation, and in conflict with nothing; a lone
    // tombstone has no stored ancestor whose content it would erase.
    return write(Row{Columns{only.id, only, only.hlc, false}});
}

Result<bool> ViewRefresher::write(const Row& row) {
    const Columns& columns = row.columns;
    Result<void> written;
    switch (columns.head.type) {
        case RecordType::Profile:
            written = upsertProfile(profile_, columns);
            break;
        case RecordType::Demarche:
            written = upsertDemarche(demarche_, columns);
            break;
        case RecordType::Call:
            written = upsertCall(call_, columns);
            break;
    }
    if (!written) return written.error();
    return columns.conflict;
}

Result<bool> refreshView(sqlite::Database& db, const RecordId& id) {
    auto refresher = ViewRefresher::prepare(db);
    if (!refresher) return refresher.error();
    return refresher->refresh(id);
}

}  // namespace parcours::journal
