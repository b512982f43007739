#include "store/migrations.hpp"
#include "store_test_support.hpp"

#include <sqlite3.h>

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

namespace {

sql::Connection keyed_connection(const std::filesystem::path& db) {
    return require_ok(detail::open_keyed(db, kPassphrase, kFast.kdf_iterations,
                                         SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
}

void exec(sql::Connection& db, const std::string& sql) {
    auto status = db.exec(sql);
    INFO(sql << "\n" << (status.ok() ? std::string() : status.error().describe()));
    REQUIRE(status.ok());
}

std::string schema_of(sql::Connection& db) {
    auto stmt = require_ok(db.prepare("SELECT type || ' ' || name || ': ' || ifnull(sql, '') FROM sqlite_master "
                                      "ORDER BY type, name"));
    std::string schema;
    while (require_ok(stmt.step("reading the schema"))) schema += stmt.text(0) + "\n";
    return schema;
}

// Rows a kiosk running schema `version` could have written (written with that version's SQL).
void fill_as_version(sql::Connection& db, int version) {
    if (version < 1) return;
    exec(db, "INSERT INTO sessions (id, date, place, group_type, host) VALUES (1, '2025-10-01', 'Buurthuis', 'mixed', 'h')");
    exec(db, "INSERT INTO participants (id, card_code, name, language) VALUES (1, '000000000', 'Oude Deelnemer', 'nl')");
    exec(db, "INSERT INTO visits (id, session_id, participant_id, started_ms) VALUES (1, 1, 1, 1000)");
    exec(db, "INSERT INTO measurements (visit_id, measure, value, unit, source, entered_by, kiosk_time_ms) "
             "VALUES (1, 'systolic', 133, 'mmHg', 'manual', 'h', 1001)");
    exec(db, "INSERT INTO audit_log (at_ms, actor, action, object_kind, object_id) VALUES (1, 'h', 'viewed', 'participant', 1)");
    if (version < 2) return;
    exec(db, "INSERT INTO answers (visit_id, questionnaire, question_id, value) VALUES (1, 'leefstijl', 'smoking', 'no')");
    exec(db, "INSERT INTO goals (visit_id, text, at_ms) VALUES (1, 'fietsen', 1002)");
}

}  // namespace

TEST_CASE("migrations: versions are 1..N without gaps, the SQL is compiled in", "[store][migrations]") {
    const auto& all = migrations();
    REQUIRE_FALSE(all.empty());
    for (std::size_t i = 0; i < all.size(); ++i) {
        CHECK(all[i].version == static_cast<int>(i) + 1);
        CHECK((all[i].sql.find("CREATE") != std::string_view::npos || all[i].sql.find("ALTER") != std::string_view::npos));
    }
    CHECK(latest_schema_version() == Store::schema_version());
}

TEST_CASE("migrations: a database of every earlier version opens, upgraded, with its data", "[store][migrations]") {
    const auto dir = fresh_dir("migrations");
    std::string fresh_schema;
    {
        auto store = open_fast(dir / "fresh.db");
        fresh_schema = schema_of(store.internals().db);
    }
    std::vector<int> earlier{0};  // every version a database can have
    for (const auto& step : migrations())
        if (step.version < latest_schema_version()) earlier.push_back(step.version);
    for (const int version : earlier) {
        DYNAMIC_SECTION("from version " << version) {
            const auto db = dir / ("v" + std::to_string(version) + ".db");
            {
                auto old = keyed_connection(db);
                REQUIRE(migrate(old, version).ok());
                REQUIRE(require_ok(schema_version_of(old)) == version);
                fill_as_version(old, version);
            }
            auto store = open_fast(db);
            CHECK(std::stoi(sql_value(store, "PRAGMA user_version")) == latest_schema_version());
            CHECK(schema_of(store.internals().db) == fresh_schema);
            REQUIRE(store.check_integrity().ok());
            if (version >= 1) {
                const auto p = require_ok(store.find_participant("000000000"));
                CHECK(p.info.name == std::optional<std::string>("Oude Deelnemer"));
                const auto m = require_ok(store.measurements_of(VisitId{1}));
                REQUIRE(m.size() == 1);
                CHECK(m[0].record.value == 133);
                CHECK(require_ok(store.audit_log()).size() == 1);
                // New tables work on the upgraded database.
                CHECK(store.record_sheet_printed(VisitId{1}, PrintedSheet{"nl", "r", "h", at_ms(5)}).ok());
                // Schema 7: an old visit had no irregular-heartbeat note, and can get one.
                CHECK_FALSE(require_ok(store.irregular_heartbeat_of(VisitId{1})).has_value());
                CHECK(store.record_irregular_heartbeat(VisitId{1}, at_ms(6)).ok());
                CHECK(require_ok(store.irregular_heartbeat_of(VisitId{1})) == std::optional<WallTime>(at_ms(6)));
            }
            if (version >= 2) {
                CHECK(require_ok(store.answers_of(VisitId{1}, "leefstijl")).size() == 1);
                CHECK(sql_value(store, "SELECT text FROM goals") == "fietsen");
            }
        }
    }
}
