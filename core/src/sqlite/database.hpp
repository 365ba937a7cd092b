#pragma once
// A thin RAII layer over the SQLite C API that turns every failure into an Error value
// carrying SQLite's own message. One Database per thread.

#include <sqlite3.h>

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "parcours/common/result.hpp"

namespace parcours::sqlite {

class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Binding is 1-based, as in SQLite. Text is copied (SQLITE_TRANSIENT) unless `stable`.
    Statement& bind(int index, std::string_view text);
    Statement& bindStable(int index, std::string_view text);  // caller keeps it alive until step
    Statement& bind(int index, double value);
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bindBlob(int index, std::string_view bytes);  // kept alive by the caller
    Statement& bindNull(int index);
    Statement& bind(int index, std::optional<double> value);

    // true: a row is ready; false: done. An error is reported through the Result.
    Result<bool> step();
    // Steps to completion, for statements that return no rows.
    Result<void> run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::string_view text(int column) const;  // valid until the next step
    [[nodiscard]] std::string_view blob(int column) const;  // valid until the next step
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] std::optional<double> optionalReal(int column) const;

private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    enum class Mode { ReadWriteCreate, ReadOnly };

    static Result<Database> open(const std::filesystem::path& file, Mode mode = Mode::ReadWriteCreate);

    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    ~Database();

    Result<void> exec(std::string_view sql);
    Result<Statement> prepare(std::string_view sql) const;
    // For one value queries (PRAGMA user_version, COUNT(*)).
    Result<std::int64_t> queryInteger(std::string_view sql) const;

    [[nodiscard]] std::int64_t lastInsertRowid() const;
    [[nodiscard]] std::string lastError() const;
    [[nodiscard]] sqlite3* handle() const { return db_; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    Database(sqlite3* db, std::filesystem::path path) : db_(db), path_(std::move(path)) {}
    sqlite3* db_ = nullptr;
    std::filesystem::path path_;
};

// BEGIN … COMMIT, rolled back by the destructor unless committed: an early return on an
// error leaves the database as it was.
class Transaction {
public:
    static Result<Transaction> begin(Database& db, bool immediate = true);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();

    Result<void> commit();

private:
    explicit Transaction(Database* db) : db_(db) {}
    Database* db_ = nullptr;
};

}  // namespace parcours::sqlite
