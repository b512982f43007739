// The exports against a real (encrypted) store: consent, erasure, the audit log, the
// pseudonym key, and a target that cannot be written.
#include "export_records.hpp"
#include "report/export/anonymise.hpp"
#include "report/export/exports.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gc;
using namespace gc::exports;

namespace {

namespace fs = std::filesystem;

fs::path fresh_dir(const std::string& name) {
    auto dir = fs::path(GC_TEST_OUTPUT_DIR) / "export" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

template <class T>
T require_ok(store::Result<T>&& r) {
    INFO((r.ok() ? std::string() : r.error().describe()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

std::string read_all(const fs::path& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// Everything under `dir`, as one text.
std::string all_text(const fs::path& dir) {
    std::string text;
    for (const auto& f : fs::recursive_directory_iterator(dir)) {
        if (f.is_regular_file()) text += read_all(f.path());
    }
    return text;
}

struct Day {
    store::Store store;
    std::string gp_yes, gp_no, research_yes;

    explicit Day(const fs::path& db) : store(require_ok(store::Store::open(db, "export test", {true, 1000}))) {
        const auto session = require_ok(store.start_session({"2026-03-02", "Wijk", store::GroupType::Mixed, "h", {}}));
        gp_yes = add(session, {true, true, false, "h", exports::test::at_ms(1)}, "Huisarts Jansen");
        gp_no = add(session, {false, true, true, "h", exports::test::at_ms(1)}, "Huisarts Jansen");
        research_yes = add(session, {true, false, true, "h", exports::test::at_ms(1)}, "Huisarts De Vries");
    }

    std::string add(store::SessionId session, const store::Consents& c, const std::string& practice) {
        store::ParticipantInfo info;
        info.birth_year = 1960;
        info.sex = Sex::Female;
        info.gp_practice = practice;
        const auto p = require_ok(store.register_participant(info));
        const auto visit = require_ok(store.create_visit(session, p.id, exports::test::at_ms(1)));
        require_ok(store.record_consents(visit, c));
        store::MeasurementRecord m;
        m.measure = Measure::Weight;
        m.value = 70;
        m.source = store::ManualSource{"h"};
        m.kiosk_time = exports::test::at_ms(1);
        require_ok(store.record_measurement(visit, m));
        require_ok(store.schedule_follow_up(visit, {"call_6_weeks", "2026-04-13"}));
        return p.card_code;
    }

    int exported_entries() {
        int n = 0;
        for (const auto& e : require_ok(store.audit_log())) n += e.action == store::AuditAction::Exported;
        return n;
    }
};

}  // namespace

TEST_CASE("GP export: only participants who consented, per practice, each export logged", "[export][store]") {
    const auto dir = fresh_dir("gp-consent");
    Day day(dir / "k.db");
    const auto summary = require_ok(export_gp(day.store, dir / "gp", ExportOptions{"host", store::wall_now()}));
    CHECK(summary.exported == 2);
    CHECK(summary.skipped == 1);
    CHECK(fs::exists(dir / "gp" / "huisarts-jansen"));
    CHECK(fs::exists(dir / "gp" / "huisarts-de-vries"));
    const auto text = all_text(dir / "gp");
    CHECK(text.find(day.gp_yes) != std::string::npos);
    CHECK(text.find(day.research_yes) != std::string::npos);
    CHECK(text.find(day.gp_no) == std::string::npos);  // never, in any file
    CHECK(day.exported_entries() == 2);
}

TEST_CASE("research export: without the research consent never in it, erased people gone later", "[export][store]") {
    const auto dir = fresh_dir("research-erase");
    Day day(dir / "k.db");
    const auto key = require_ok(day.store.pseudonym_key());
    CHECK(key.size() == 64);
    CHECK(require_ok(day.store.pseudonym_key()) == key);  // the same key every time

    const auto first = require_ok(export_research(day.store, dir / "r1.csv"));
    CHECK(first.exported == 2);
    const auto text = read_all(dir / "r1.csv");
    CHECK(text.find(pseudonym(key, day.research_yes)) != std::string::npos);
    CHECK(text.find(pseudonym(key, day.gp_no)) != std::string::npos);
    CHECK(text.find(pseudonym(key, day.gp_yes)) == std::string::npos);  // no research consent
    CHECK(text.find(day.research_yes) == std::string::npos);            // no card codes at all

    require_ok(day.store.erase_participant(day.research_yes, "h", store::wall_now()));
    require_ok(export_research(day.store, dir / "r2.csv"));
    require_ok(export_gp(day.store, dir / "gp"));
    require_ok(export_follow_up(day.store, FollowUpDue::Week6, dir / "f.csv"));
    require_ok(export_municipality(day.store, dir / "m.csv"));
    CHECK(read_all(dir / "r2.csv").find(pseudonym(key, day.research_yes)) == std::string::npos);
    CHECK(all_text(dir / "gp").find(day.research_yes) == std::string::npos);
    const auto follow_up = read_all(dir / "f.csv");
    CHECK(follow_up.find(day.research_yes) == std::string::npos);
    CHECK(follow_up.find(day.gp_no) != std::string::npos);
}

TEST_CASE("the pseudonym key survives closing and opening the database", "[export][store]") {
    const auto dir = fresh_dir("key-stable");
    std::string key;
    {
        Day day(dir / "k.db");
        key = require_ok(day.store.pseudonym_key());
    }
    auto reopened = require_ok(store::Store::open(dir / "k.db", "export test", {false, 1000}));
    CHECK(require_ok(reopened.pseudonym_key()) == key);
}

TEST_CASE("an export to a place that cannot be written fails cleanly and logs nothing", "[export][store]") {
    const auto dir = fresh_dir("bad-target");
    Day day(dir / "k.db");
    std::ofstream(dir / "not-a-folder") << "x";
    const auto before = day.exported_entries();

    auto gp = export_gp(day.store, dir / "not-a-folder" / "gp");
    REQUIRE_FALSE(gp.ok());
    CHECK(gp.error().kind == store::ErrorKind::Io);
    auto csv = export_municipality(day.store, dir / "not-a-folder" / "m.csv");
    REQUIRE_FALSE(csv.ok());
    auto research = export_research(day.store, dir / "not-a-folder" / "r.csv");
    REQUIRE_FALSE(research.ok());
    CHECK(day.exported_entries() == before);
    CHECK(read_all(dir / "not-a-folder") == "x");
    // And the data is all still there.
    CHECK(require_ok(day.store.counts()).participants == 3);
}
