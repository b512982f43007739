#include "store/sqlite.hpp"

#include <sqlite3.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <utility>

namespace gc::store::sql {
namespace {

// SQLITE_TRANSIENT without its old-style cast: SQLite copies the bound bytes.
const auto kTransient = reinterpret_cast<sqlite3_destructor_type>(static_cast<std::intptr_t>(-1));

bool is_out_of_space(int system_errno) {
    return system_errno == ENOSPC || system_errno == EDQUOT || system_errno == EFBIG;
}

ErrorKind kind_of(int rc, int system_errno) {
    if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) return ErrorKind::NotFound;  // unknown visit/session
    if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) return ErrorKind::AlreadyExists;
    switch (rc & 0xff) {
    case SQLITE_NOTADB: return ErrorKind::WrongPassphrase;
    case SQLITE_FULL: return ErrorKind::DiskFull;
    case SQLITE_CORRUPT: return ErrorKind::Corrupt;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorKind::Busy;
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_AUTH: return ErrorKind::PermissionDenied;
    case SQLITE_CANTOPEN:
        return system_errno == EACCES || system_errno == EPERM || system_errno == EROFS
                   ? ErrorKind::PermissionDenied
                   : ErrorKind::Io;
    case SQLITE_IOERR:
        // A write cut short by ENOSPC/EFBIG (RLIMIT_FSIZE) or a quota is SQLITE_IOERR_WRITE.
        return is_out_of_space(system_errno) ? ErrorKind::DiskFull : ErrorKind::Io;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE: return ErrorKind::InvalidInput;
    default: return ErrorKind::Internal;
    }
}

}  // namespace

StoreError to_error(sqlite3* db, int rc, std::string_view during) {
    const int system_errno = db ? sqlite3_system_errno(db) : 0;
    std::string detail(during);
    detail += ": ";
    detail += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    detail += " (sqlite " + std::to_string(rc);
    if (system_errno != 0) detail += ", " + std::string(std::strerror(system_errno));
    detail += ")";
    return StoreError{kind_of(rc, system_errno), std::move(detail)};
}

// --- Statement ---------------------------------------------------------------------------

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

Statement::~Statement() { sqlite3_finalize(m_stmt); }

Statement& Statement::bind(int index, std::int64_t value) {
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), kTransient);
    return *this;
}

Statement& Statement::bind(int index, const std::vector<std::uint8_t>& blob) {
    sqlite3_bind_blob(m_stmt, index, blob.data(), static_cast<int>(blob.size()), kTransient);
    return *this;
}

Statement& Statement::bind_null(int index) {
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Result<bool> Statement::step(std::string_view during) {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    return to_error(m_db, rc, during);
}

Status Statement::run(std::string_view during) {
    for (;;) {
        auto row = step(during);
        if (!row) return row.error();
        if (!row.value()) return Done{};
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::is_null(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(m_stmt, column); }
double Statement::real(int column) const { return sqlite3_column_double(m_stmt, column); }

std::string Statement::text(int column) const {
    const auto* chars = sqlite3_column_text(m_stmt, column);
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
    return chars ? std::string(reinterpret_cast<const char*>(chars), size) : std::string();
}

std::vector<std::uint8_t> Statement::blob(int column) const {
    const auto* bytes = static_cast<const std::uint8_t*>(sqlite3_column_blob(m_stmt, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
    return bytes ? std::vector<std::uint8_t>(bytes, bytes + size) : std::vector<std::uint8_t>();
}

std::optional<std::int64_t> Statement::optional_int64(int column) const {
    if (is_null(column)) return std::nullopt;
    return int64(column);
}

std::optional<std::string> Statement::optional_text(int column) const {
    if (is_null(column)) return std::nullopt;
    return text(column);
}

// --- Connection --------------------------------------------------------------------------

Result<Connection> Connection::open(const std::filesystem::path& path, int flags) {
    sqlite3* db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        auto error = to_error(db, rc, "opening the database file");
        sqlite3_close_v2(db);
        return error;
    }
    sqlite3_extended_result_codes(db, 1);
    return Connection(db);
}

Connection::Connection(Connection&& other) noexcept : m_db(std::exchange(other.m_db, nullptr)) {}

Connection& Connection::operator=(Connection&& other) noexcept {
    if (this != &other) {
        sqlite3_close_v2(m_db);
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

Connection::~Connection() { sqlite3_close_v2(m_db); }

Result<Statement> Connection::prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return to_error(m_db, rc, "preparing a statement");
    }
    return Statement(m_db, stmt);
}

Status Connection::exec(std::string_view sql) {
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) return to_error(m_db, rc, "executing SQL");
    return Done{};
}

Result<std::optional<std::string>> Connection::scalar(std::string_view sql) {
    auto stmt = prepare(sql);
    if (!stmt) return stmt.error();
    auto row = stmt.value().step("reading a value");
    if (!row) return row.error();
    if (!row.value()) return std::optional<std::string>{};
    return std::optional<std::string>{stmt.value().text(0)};
}

std::int64_t Connection::last_insert_id() const { return sqlite3_last_insert_rowid(m_db); }
int Connection::changes() const { return sqlite3_changes(m_db); }
bool Connection::in_transaction() const { return sqlite3_get_autocommit(m_db) == 0; }

// --- Transaction -------------------------------------------------------------------------

Result<Transaction> Transaction::begin(Connection& db) {
    if (db.in_transaction()) return Transaction(&db, false);
    auto status = db.exec("BEGIN IMMEDIATE");
    if (!status) return status.error();
    return Transaction(&db, true);
}

Transaction::Transaction(Transaction&& other) noexcept
    : m_db(other.m_db), m_owns(other.m_owns), m_done(std::exchange(other.m_done, true)) {}

Transaction::~Transaction() {
    if (m_owns && !m_done && m_db->in_transaction()) (void)m_db->exec("ROLLBACK");
}

Status Transaction::commit() {
    m_done = true;
    if (!m_owns) return Done{};
    auto status = m_db->exec("COMMIT");
    // A failed COMMIT (disk full) leaves the transaction open: roll it back so nothing of
    // this call stays and the connection is usable again.
    if (!status && m_db->in_transaction()) (void)m_db->exec("ROLLBACK");
    return status;
}

}  // namespace gc::store::sql
