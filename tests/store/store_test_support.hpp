#pragma once
// Shared by the store tests: fresh database paths and file helpers.
#include "store/impl.hpp"
#include "store/store.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <algorithm>
#include <string>
#include <vector>

namespace gc::store::test {

// Tests open many databases: a low iteration count keeps them fast. The KDF cost itself is
// measured by bench_store and exercised with the default count by the CLI tests.
inline const OpenOptions kFast{true, 1000};
inline constexpr std::string_view kPassphrase = "correct horse battery staple";

inline std::filesystem::path fresh_dir(const std::string& name) {
    auto dir = std::filesystem::path(GC_TEST_OUTPUT_DIR) / "store" / name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

inline std::vector<std::string> database_files(const std::filesystem::path& db) {
    return {db.string(), db.string() + "-wal", db.string() + "-shm"};
}

inline std::string file_bytes(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    std::string bytes(static_cast<std::size_t>(std::max<std::streamoff>(0, in.tellg())), '\0');
    in.seekg(0);
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return bytes;
}

// Every database file that exists, with its bytes (to compare "before" and "after").
inline std::vector<std::pair<std::string, std::string>> snapshot(const std::filesystem::path& db) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : database_files(db)) {
        if (std::filesystem::exists(f)) files.emplace_back(f, file_bytes(f));
    }
    return files;
}

template <class T>
T require_ok(Result<T>&& r) {
    INFO((r.ok() ? std::string() : r.error().describe()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

inline Store open_fast(const std::filesystem::path& db, std::string_view passphrase = kPassphrase) {
    auto opened = Store::open(db, passphrase, kFast);
    INFO((opened.ok() ? std::string() : opened.error().describe()));
    REQUIRE(opened.ok());
    return std::move(opened).value();
}

// One value of a query run on the store's own connection (white-box checks).
inline std::string sql_value(Store& store, std::string_view sql) {
    auto value = store.internals().db.scalar(sql);
    INFO((value.ok() ? std::string() : value.error().describe()));
    REQUIRE(value.ok());
    return value.value().value_or("<no row>");
}

inline WallTime at_ms(std::int64_t ms) { return WallTime(std::chrono::milliseconds(ms)); }

// A session with one anonymous participant's visit, to write measurements into.
inline VisitId empty_visit(Store& store) {
    const auto session = require_ok(store.start_session({"2026-01-12", "Lab", GroupType::Mixed, "h", {}}));
    const auto participant = require_ok(store.register_participant(ParticipantInfo{}));
    return require_ok(store.create_visit(session, participant.id, at_ms(1)));
}

// Opening must fail with `kind` and leave every database file byte-identical.
inline void check_refused_untouched(const std::filesystem::path& db, std::string_view passphrase,
                                    const OpenOptions& options, ErrorKind kind) {
    const auto before = snapshot(db);
    REQUIRE_FALSE(before.empty());
    auto opened = Store::open(db, passphrase, options);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().kind == kind);
    CHECK_FALSE(opened.error().detail.empty());
    CHECK(snapshot(db) == before);
}

}  // namespace gc::store::test
