#pragma once
// Internals shared by the store's own .cpp files (and white-box tests). Not for other layers.
#include "store/sqlite.hpp"
#include "store/store.hpp"

#include <filesystem>
#include <string_view>
#include <utility>
#include <vector>

namespace gc::store {

struct Store::Impl {
    sql::Connection db;
    std::filesystem::path path;
    int kdf_iterations{kDefaultKdfIterations};
};

namespace detail {

// Makes an empty file only its owner can read (0600) where SQLite will create a database;
// SQLite gives the -wal and -shm files the same mode. Encrypted or not, it is health data.
Status create_private_file(const std::filesystem::path& path);

inline std::int64_t to_ms(WallTime t) { return t.time_since_epoch().count(); }
inline WallTime from_ms(std::int64_t ms) { return WallTime(std::chrono::milliseconds(ms)); }

// Opens `path` with `flags`, asserts SQLCipher is the SQLite in this process, applies the key
// and KDF iteration count, and proves the key by reading the schema (WrongPassphrase if not).
Result<sql::Connection> open_keyed(const std::filesystem::path& path, std::string_view passphrase,
                                   int kdf_iterations, int flags);

// Exports the open database `db` into a new encrypted file (sqlcipher_export).
Status export_encrypted(sql::Connection& db, const std::filesystem::path& destination,
                        std::string_view passphrase, int kdf_iterations);

inline StoreError invalid(std::string detail) { return StoreError{ErrorKind::InvalidInput, std::move(detail)}; }
inline StoreError not_found(std::string detail) { return StoreError{ErrorKind::NotFound, std::move(detail)}; }

// One statement in its own transaction; returns the new row id.
template <class BindFn>
Result<std::int64_t> write_one(sql::Connection& db, std::string_view sql, std::string_view during,
                               BindFn&& bind) {
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(stmt.value());
    if (auto status = stmt.value().run(during); !status) return status.error();
    const auto id = db.last_insert_id();
    if (auto status = tx.value().commit(); !status) return status.error();
    return id;
}

template <class BindFn>
Status write_status(sql::Connection& db, std::string_view sql, std::string_view during, BindFn&& bind) {
    auto id = write_one(db, sql, during, std::forward<BindFn>(bind));
    if (!id) return id.error();
    return Done{};
}

// Runs a query and turns each row into a T with `read`.
template <class T, class BindFn, class ReadFn>
Result<std::vector<T>> read_rows(sql::Connection& db, std::string_view sql, std::string_view during,
                                 BindFn&& bind, ReadFn&& read) {
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    bind(stmt.value());
    std::vector<T> rows;
    for (;;) {
        auto row = stmt.value().step(during);
        if (!row) return row.error();
        if (!row.value()) return rows;
        rows.push_back(read(stmt.value()));
    }
}

// Participant rows (store_visits.cpp).
inline constexpr std::string_view kParticipantColumns =
    "id, card_code, name, birth_year, sex, origin, language, gp_practice";
Participant read_participant(const sql::Statement& s);
inline constexpr std::string_view kSessionColumns = "id, date, place, group_type, host, follow_up_of";
Session read_session(const sql::Statement& s);
// "SELECT id, session_id, participant_id, started_ms FROM visits" rows.
Visit read_visit(const sql::Statement& s);

}  // namespace detail
}  // namespace gc::store
