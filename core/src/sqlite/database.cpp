#include "sqlite/database.hpp"

#include <utility>

namespace parcours::sqlite {
namespace {

Error sqliteError(sqlite3* db, std::string_view what) {
    std::string message(what);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : "out of memory";
    return storageError(std::move(message));
}

}  // namespace

Statement::Statement(Statement&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), stmt_(std::exchange(other.stmt_, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = std::exchange(other.db_, nullptr);
        stmt_ = std::exchange(other.stmt_, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindStable(int index, std::string_view text) {
    sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(stmt_, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(stmt_, index, value);
    return *this;
}

Statement& Statement::bindBlob(int index, std::string_view bytes) {
    sqlite3_bind_blob(stmt_, index, bytes.data(), static_cast<int>(bytes.size()), SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index) {
    sqlite3_bind_null(stmt_, index);
    return *this;
}

Statement& Statement::bind(int index, std::optional<double> value) {
    return value ? bind(index, *value) : bindNull(index);
}

Result<bool> Statement::step() {
    int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error error = sqliteError(db_, "database error");
    sqlite3_reset(stmt_);
    return error;
}

Result<void> Statement::run() {
    for (;;) {
        auto row = step();
        if (!row) return row.error();
        if (!*row) break;
    }
    reset();
    return {};
}

void Statement::reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
}

bool Statement::isNull(int column) const {
    return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::string_view Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    if (!p) return {};
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

std::string_view Statement::blob(int column) const {
    const auto* p = static_cast<const char*>(sqlite3_column_blob(stmt_, column));
    if (!p) return {};  // NULL, or an empty blob
    return {p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
}

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::int64_t Statement::integer(int column) const { return sqlite3_column_int64(stmt_, column); }

std::optional<double> Statement::optionalReal(int column) const {
    if (isNull(column)) return std::nullopt;
    return real(column);
}

Result<Database> Database::open(const std::filesystem::path& file, Mode mode) {
    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_NOMUTEX |
                (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY
                                        : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    int rc = sqlite3_open_v2(file.string().c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(db, "cannot open " + file.string());
        sqlite3_close(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    // Another connection (the app's import thread) may hold the write lock for a while.
    sqlite3_busy_timeout(db, 5000);
    return Database(db, file);
}

Database::Database(Database&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), path_(std::move(other.path_)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(db_);
        db_ = std::exchange(other.db_, nullptr);
        path_ = std::move(other.path_);
    }
    return *this;
}

Database::~Database() { sqlite3_close_v2(db_); }

Result<void> Database::exec(std::string_view sql) {
    std::string copy(sql);
    char* message = nullptr;
    int rc = sqlite3_exec(db_, copy.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        std::string text = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        return storageError(path_.string() + ": " + text);
    }
    return {};
}

Result<Statement> Database::prepare(std::string_view sql) const {
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK) return sqliteError(db_, "cannot prepare «" + std::string(sql) + "»");
    return Statement(db_, stmt);
}

Result<std::int64_t> Database::queryInteger(std::string_view sql) const {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt->step();
    if (!row) return row.error();
    return *row ? stmt->integer(0) : 0;
}

std::int64_t Database::lastInsertRowid() const { return sqlite3_last_insert_rowid(db_); }

std::string Database::lastError() const { return sqlite3_errmsg(db_); }

Result<Transaction> Transaction::begin(Database& db, bool immediate) {
    auto r = db.exec(immediate ? "BEGIN IMMEDIATE" : "BEGIN");
    if (!r) return r.error();
    return Transaction(&db);
}

Transaction::Transaction(Transaction&& other) noexcept : db_(std::exchange(other.db_, nullptr)) {}

Transaction::~Transaction() {
    if (db_) (void)db_->exec("ROLLBACK");
}

Result<void> Transaction::commit() {
    auto r = db_->exec("COMMIT");
    if (!r) return r;  // still open: the destructor rolls back
    db_ = nullptr;
    return {};
}

}  // namespace parcours::sqlite
