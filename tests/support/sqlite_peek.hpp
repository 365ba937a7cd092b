#pragma once
// Reading a database file with plain SQLite, not through the Journal (opening a Journal
// would finish a migration): its schema, and one value of a query.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <ostream>
#include <string>

namespace parcours::test {

struct Schema {
    std::int64_t userVersion = -1;
    std::string objects;  // "table:calls,index:…" in name order
    friend bool operator==(const Schema&, const Schema&) = default;
};

inline Schema schemaOf(const std::filesystem::path& file) {
    Schema schema;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            schema.userVersion = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        const char* sql =
            "SELECT coalesce(group_concat(type || ':' || name, ','), '') FROM "
            "(SELECT type, name FROM sqlite_schema ORDER BY name)";
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
            sqlite3_step(stmt) == SQLITE_ROW)
            schema.objects = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return schema;
}

inline std::ostream& operator<<(std::ostream& out, const Schema& s) {
    return out << "user_version " << s.userVersion << " {" << s.objects << "}";
}

// The first column of the first row as text, or "<error: …>".
inline std::string queryText(const std::filesystem::path& file, const std::string& sql) {
    sqlite3* db = nullptr;
    std::string out;
    if (sqlite3_open_v2(file.string().c_str(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        out = std::string("<error: ") + sqlite3_errmsg(db) + ">";
    } else {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
            out = std::string("<error: ") + sqlite3_errmsg(db) + ">";
        } else if (sqlite3_step(stmt) == SQLITE_ROW) {
            const auto* text = sqlite3_column_text(stmt, 0);
            out = text ? reinterpret_cast<const char*>(text) : "";
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close_v2(db);
    return out;
}

}  // namespace parcours::test
