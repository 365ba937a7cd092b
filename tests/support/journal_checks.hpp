#pragma once
// What the reliability tests check after a crash or a fault, from outside the Journal:
// SQLite's own integrity check on the file, and that the journal's two halves agree (every
// call in the current view has its version, every live version is in the view), so that
// nothing is ever half written.

#include <sqlite3.h>

#include <filesystem>
#include <map>
#include <set>
#include <string>

#include "parcours/journal/journal.hpp"

namespace parcours::test {

// "ok", or what PRAGMA integrity_check (or opening) reported. Opens the file with whatever
// VFS is the default at the time: call it with no FaultVfs alive.
inline std::string integrityCheck(const std::filesystem::path& file) {
    sqlite3* db = nullptr;
    std::string result;
    if (sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        result = std::string("cannot open: ") + sqlite3_errmsg(db);
    } else {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK) {
            result = sqlite3_errmsg(db);
        } else {
            while (sqlite3_step(stmt) == SQLITE_ROW) {
                if (!result.empty()) result += "; ";
                result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
            }
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return result;
}

// Every call of the current view, by démarche.
inline std::map<journal::RecordId, std::set<journal::RecordId>> callsByDemarche(
    const journal::Journal& j, std::string& problems) {
    std::map<journal::RecordId, std::set<journal::RecordId>> calls;
    auto demarches = j.demarches();
    if (!demarches) {
        problems += "demarches(): " + demarches.error().message + "\n";
        return calls;
    }
    for (const auto& summary : *demarches) {
        auto list = j.calls(summary.demarche.id);
        if (!list) {
            problems += "calls(): " + list.error().message + "\n";
            continue;
        }
        auto& ids = calls[summary.demarche.id];
        for (const auto& c : *list) ids.insert(c.id);
        if (summary.calls != list->size())
            problems += "démarche " + summary.demarche.id.hex() + ": summary counts " +
                        std::to_string(summary.calls) + " calls, listing has " +
                        std::to_string(list->size()) + "\n";
    }
    return calls;
}

// Empty when the view and the versions agree on which calls and démarches exist.
inline std::string viewMatchesVersions(const journal::Journal& j) {
    std::string problems;
    auto versions = j.versions();
    if (!versions) return "versions(): " + versions.error().message;
    // The latest version of each record says whether it lives.
    std::map<std::pair<int, journal::RecordId>, const journal::Version*> latest;
    for (const auto& v : *versions) {
        auto& slot = latest[{static_cast<int>(v.type), v.id}];
        if (!slot || slot->hlc < v.hlc) slot = &v;
    }
    std::set<journal::RecordId> liveCalls, liveDemarches;
    for (const auto& [key, v] : latest) {
        if (v->deleted) continue;
        if (v->type == journal::RecordType::Call) liveCalls.insert(v->id);
        if (v->type == journal::RecordType::Demarche) liveDemarches.insert(v->id);
    }
    std::set<journal::RecordId> viewCalls, viewDemarches;
    for (const auto& [d, ids] : callsByDemarche(j, problems)) {
        viewDemarches.insert(d);
        viewCalls.insert(ids.begin(), ids.end());
    }
    for (const auto& id : viewCalls)
        if (!liveCalls.count(id)) problems += "call " + id.hex() + " in the view has no version\n";
    for (const auto& id : liveCalls)
        if (!viewCalls.count(id)) problems += "call " + id.hex() + " has a version, not in view\n";
    for (const auto& id : viewDemarches)
        if (!liveDemarches.count(id)) problems += "démarche " + id.hex() + " has no version\n";
    for (const auto& id : liveDemarches)
        if (!viewDemarches.count(id)) problems += "démarche " + id.hex() + " not in view\n";
    return problems;
}

}  // namespace parcours::test
