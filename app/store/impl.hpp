#pragma once
// Internals shared by the store's own .cpp files (and white-box tests). Not for other layers.
#include "store/sqlite.hpp"
#include "store/store.hpp"

#include <filesystem>
#include <vector>
#include <string_view>

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

// Runs a query and turns each row into a T with `read`.
template <class T, class BindFn, class ReadFn>
inline Result<std::vector<T>> read_rows(sql::Connection& db, std::string_view sql, std::string_view during,
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

// Row readers shared by the repositories: SELECT these columns, in this order.
inline constexpr std::string_view kSessionColumns = "id, date, place, group_type, host, follow_up_of";
inline constexpr std::string_view kParticipantColumns =
    "id, card_code, name, birth_year, sex, origin, language, gp_practice";
Session read_session(const sql::Statement& s);
Participant read_participant(const sql::Statement& s);
Visit read_visit(const sql::Statement& s);  // id, session_id, participant_id, started_ms

// Opens `path` with `flags`, asserts SQLCipher is the SQLite in this process, applies the key
// and KDF iteration count, and proves the key by reading the schema (WrongPassphrase if not).
Result<sql::Connection> open_keyed(const std::filesystem::path& path, std::string_view passphrase,
                                   int kdf_iterations, int flags);

// Exports the open database `db` into a new encrypted file (sqlcipher_export).
Status export_encrypted(sql::Connection& db, const std::filesystem::path& destination,
                        std::string_view passphrase, int kdf_iterations);

}  // namespace detail
}  // namespace gc::store
