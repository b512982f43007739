#pragma once
// Versioned schema: migration N brings a database from user_version N-1 to N. The SQL lives in
// migrations/NNN_name.sql (compiled in by CMake); an old database is brought up to date on open,
// each step in its own transaction.
#include "store/sqlite.hpp"
#include "store/store_error.hpp"

#include <string_view>
#include <vector>

namespace gc::store {

struct Migration {
    int version;
    std::string_view name;
    std::string_view sql;
};

const std::vector<Migration>& migrations();  // ordered by version, 1..latest (generated)
int latest_schema_version();

Result<int> schema_version_of(sql::Connection& db);
// Applies every migration above the current version up to `target` (SchemaTooNew if the
// database is already newer than this build knows).
Status migrate(sql::Connection& db, int target);

}  // namespace gc::store
