#pragma once
// Thin RAII over the SQLCipher C API, internal to the store. Every failure becomes a
// StoreError through to_error(), which is the one place SQLite codes are interpreted.
#include "store/store_error.hpp"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace gc::store::sql {

// rc (extended SQLite result code) -> kind, with "<during>: <sqlite message>" as detail.
StoreError to_error(sqlite3* db, int rc, std::string_view during);

class Statement {
public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    // Parameters are 1-based like SQLite's.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, std::int64_t{value}); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::string& text) { return bind(index, std::string_view(text)); }
    Statement& bind(int index, const std::vector<std::uint8_t>& blob);
    Statement& bind_null(int index);
    template <class T>
    Statement& bind(int index, const std::optional<T>& value) {
        return value ? bind(index, *value) : bind_null(index);
    }

    // true: a row is ready; false: done. `during` names the action for the error message.
    Result<bool> step(std::string_view during);
    Status run(std::string_view during);  // step until done
    void reset();  // ready to bind and run again

    bool is_null(int column) const;
    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    std::vector<std::uint8_t> blob(int column) const;
    std::optional<std::int64_t> optional_int64(int column) const;
    std::optional<std::string> optional_text(int column) const;

private:
    sqlite3* m_db{nullptr};
    sqlite3_stmt* m_stmt{nullptr};
};

class Connection {
public:
    // flags: SQLITE_OPEN_* (READWRITE, optionally CREATE / READONLY).
    static Result<Connection> open(const std::filesystem::path& path, int flags);

    Connection() = default;
    Connection(Connection&& other) noexcept;
    Connection& operator=(Connection&& other) noexcept;
    Connection(const Connection&) = delete;
    Connection& operator=(const Connection&) = delete;
    ~Connection();

    Result<Statement> prepare(std::string_view sql);
    Status exec(std::string_view sql);  // one or more statements, no parameters
    // The single value of a one-row query ("PRAGMA user_version"), as text; nullopt if no row.
    Result<std::optional<std::string>> scalar(std::string_view sql);
    std::int64_t last_insert_id() const;
    int changes() const;
    bool in_transaction() const;
    sqlite3* handle() const { return m_db; }

private:
    explicit Connection(sqlite3* db) : m_db(db) {}
    sqlite3* m_db{nullptr};
};

// BEGIN IMMEDIATE ... COMMIT, rolled back unless commit() succeeded. Inside an outer
// transaction it joins it (the outer one commits), so calls compose into one batch.
class Transaction {
public:
    static Result<Transaction> begin(Connection& db);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    ~Transaction();
    Status commit();

private:
    Transaction(Connection* db, bool owns) : m_db(db), m_owns(owns) {}
    Connection* m_db;
    bool m_owns;
    bool m_done{false};
};

}  // namespace gc::store::sql
