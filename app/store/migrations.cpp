#include "store/migrations.hpp"

#include <string>

namespace gc::store {

int latest_schema_version() { return migrations().empty() ? 0 : migrations().back().version; }

Result<int> schema_version_of(sql::Connection& db) {
    auto value = db.scalar("PRAGMA user_version");
    if (!value) return value.error();
    return value.value() ? std::stoi(*value.value()) : 0;
}

Status migrate(sql::Connection& db, int target) {
    auto current = schema_version_of(db);
    if (!current) return current.error();
    if (current.value() > latest_schema_version()) {
        return StoreError{ErrorKind::SchemaTooNew,
                          "database schema version " + std::to_string(current.value()) +
                              " is newer than this program's " +
                              std::to_string(latest_schema_version())};
    }
    for (const auto& step : migrations()) {
        if (step.version <= current.value() || step.version > target) continue;
        auto tx = sql::Transaction::begin(db);
        if (!tx) return tx.error();
        auto applied = db.exec(step.sql);
        if (!applied) {
            auto error = applied.error();
            error.detail = "migration " + std::string(step.name) + ": " + error.detail;
            return error;
        }
        // PRAGMA takes no parameters; the version is our own integer.
        auto stamped = db.exec("PRAGMA user_version = " + std::to_string(step.version));
        if (!stamped) return stamped.error();
        auto committed = tx.value().commit();
        if (!committed) return committed.error();
    }
    return Done{};
}

}  // namespace gc::store
