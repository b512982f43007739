#include "core/card_code.hpp"
#include "store/store.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

namespace {

struct Visitor {
    SessionId session;
    Participant participant;
    VisitId visit;
};

Visitor one_visit(Store& store, const std::string& name = "Fatima Yılmaz") {
    const auto session = require_ok(store.start_session({"2026-03-14", "Buurthuis De Schakel", GroupType::Women, "host-a", {}}));
    ParticipantInfo info;
    info.name = name;
    info.birth_year = 1968;
    info.sex = Sex::Female;
    info.origin = OriginGroup::MiddleEastern;
    info.language = "tr";
    info.gp_practice = "Praktijk Noord";
    auto participant = require_ok(store.register_participant(info));
    const auto visit = require_ok(store.create_visit(session, participant.id, at_ms(1'700'000'000'000)));
    return {session, participant, visit};
}

MeasurementRecord bp_reading(double systolic) {
    MeasurementRecord m;
    m.measure = Measure::Systolic;
    m.value = systolic;
    m.source = DeviceSource{"Omron HBP-1320", "SN123", {0x02, 0x10, 0xFF, 0x03}, at_ms(1'700'000'000'500)};
    m.kiosk_time = at_ms(1'700'000'001'000);
    return m;
}

}  // namespace

TEST_CASE("store: a new database is created, migrated and reopened", "[store]") {
    const auto db = fresh_dir("create") / "kiosk.db";
    {
        auto store = open_fast(db);
        CHECK(store.path() == db);
        const auto counts = require_ok(store.counts());
        CHECK(counts.participants == 0);
        CHECK(std::stoi(sql_value(store, "PRAGMA user_version")) == Store::schema_version());
    }
    auto again = open_fast(db);
    REQUIRE(again.check_integrity().ok());
    CHECK(sql_value(again, "PRAGMA journal_mode") == "wal");
    CHECK(sql_value(again, "PRAGMA synchronous") == "2");
    CHECK(sql_value(again, "PRAGMA foreign_keys") == "1");
    CHECK(sql_value(again, "PRAGMA secure_delete") == "1");
}

TEST_CASE("store: database files and backups are readable by their owner only", "[store]") {
    const auto dir = fresh_dir("private");
    const auto db = dir / "kiosk.db";
    auto store = open_fast(db);
    REQUIRE(store.start_session(SessionInfo{"2026-11-22", "Buurthuis", GroupType::Mixed, "AB", {}}).ok());
    REQUIRE(store.backup_to(dir / "copy.db", kPassphrase, "test", wall_now()).ok());
    auto files = database_files(db);
    files.push_back((dir / "copy.db").string());
    for (const auto& file : files) {
        INFO(file);
        REQUIRE(std::filesystem::exists(file));
        const auto perms = std::filesystem::status(file).permissions();
        CHECK((perms & (std::filesystem::perms::group_all | std::filesystem::perms::others_all)) ==
              std::filesystem::perms::none);
    }
}

TEST_CASE("store: wrong passphrase is refused and changes nothing", "[store]") {
    const auto db = fresh_dir("wrong_key") / "kiosk.db";
    {
        auto store = open_fast(db);
        one_visit(store);
    }
    for (int attempt = 0; attempt < 3; ++attempt) {
        check_refused_untouched(db, "wrong passphrase", kFast, ErrorKind::WrongPassphrase);
    }
    CHECK(Store::open(db, "wrong", kFast).error().describe().find("passphrase") != std::string::npos);
    // A different KDF iteration count is a different key as well.
    check_refused_untouched(db, kPassphrase, OpenOptions{true, 2000}, ErrorKind::WrongPassphrase);
    // ... and the right one still works.
    auto store = open_fast(db);
    CHECK(require_ok(store.counts()).participants == 1);
}

TEST_CASE("store: wrong passphrase after a crash leaves -wal and -shm identical too", "[store]") {
    const auto db = fresh_dir("wrong_key_after_crash") / "kiosk.db";
    { auto store = open_fast(db); }
    // A child writes and dies without closing: the WAL and its index stay behind.
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        auto store = Store::open(db, kPassphrase, kFast);
        if (!store) _exit(3);
        ParticipantInfo info;
        info.name = "Na Crash";
        if (!store.value().register_participant(info)) _exit(4);
        ::raise(SIGKILL);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    REQUIRE(std::filesystem::exists(db.string() + "-wal"));
    REQUIRE(snapshot(db).size() == 3);
    check_refused_untouched(db, "wrong passphrase", kFast, ErrorKind::WrongPassphrase);
    CHECK(require_ok(open_fast(db).counts()).participants == 1);
}

TEST_CASE("store: open refuses what it must not create", "[store]") {
    const auto dir = fresh_dir("refuse");
    auto missing = Store::open(dir / "none.db", kPassphrase, OpenOptions{false, 1000});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::DatabaseMissing);
    CHECK_FALSE(std::filesystem::exists(dir / "none.db"));

    auto empty = Store::open(dir / "empty.db", "", kFast);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().kind == ErrorKind::InvalidInput);
    CHECK_FALSE(std::filesystem::exists(dir / "empty.db"));

    auto no_dir = Store::open(dir / "no" / "such" / "dir.db", kPassphrase, kFast);
    REQUIRE_FALSE(no_dir.ok());
    CHECK(no_dir.error().kind == ErrorKind::Io);

    // A file that is not a database is never overwritten.
    const auto text = dir / "notes.txt";
    std::ofstream(text) << "boodschappenlijst: brood, melk, kaas, appels, koffie, rijst\n";
    const auto before = file_bytes(text);
    auto not_db = Store::open(text, kPassphrase, kFast);
    REQUIRE_FALSE(not_db.ok());
    CHECK(not_db.error().kind == ErrorKind::WrongPassphrase);
    CHECK(file_bytes(text) == before);
}

TEST_CASE("store: SQLCipher is the SQLite in this process", "[store]") {
    auto store = open_fast(fresh_dir("cipher") / "kiosk.db");
    CHECK(sql_value(store, "PRAGMA cipher_version") == "3.4.1");
}

TEST_CASE("store: no plaintext in the database, -wal or -shm", "[store]") {
    const auto db = fresh_dir("plaintext") / "kiosk.db";
    auto store = open_fast(db);
    std::vector<std::string> codes;
    for (int i = 0; i < 20; ++i) {
        auto v = one_visit(store, "Zwaantje Plaintextcanary" + std::to_string(i));
        codes.push_back(v.participant.card_code);
        REQUIRE(store.record_measurement(v.visit, bp_reading(120 + i)).ok());
    }
    // Checked while the store is open, so the -wal and -shm files exist and hold the data.
    REQUIRE(std::filesystem::exists(db.string() + "-wal"));
    for (const auto& file : database_files(db)) {
        const auto bytes = file_bytes(file);
        INFO(file);
        CHECK(bytes.find("SQLite format 3") == std::string::npos);
        CHECK(bytes.find("Plaintextcanary") == std::string::npos);
        CHECK(bytes.find("Omron") == std::string::npos);
        CHECK(bytes.find("CREATE TABLE") == std::string::npos);
        for (const auto& code : codes) CHECK(bytes.find(code) == std::string::npos);
    }
}

TEST_CASE("store: everything recorded in a visit reads back", "[store]") {
    auto store = open_fast(fresh_dir("roundtrip") / "kiosk.db");
    const auto v = one_visit(store);

    auto found = require_ok(store.find_participant(format_card_code(v.participant.card_code)));
    CHECK(found.id == v.participant.id);
    CHECK(found.info.name == std::optional<std::string>("Fatima Yılmaz"));
    CHECK(found.info.birth_year == 1968);
    CHECK(found.info.sex == Sex::Female);
    CHECK(found.info.origin == OriginGroup::MiddleEastern);
    CHECK(found.info.language == "tr");
    std::string lower = v.participant.card_code;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(require_ok(store.find_participant(lower)).id == v.participant.id);

    auto session = require_ok(store.find_session("2026-03-14"));
    CHECK(session.id == v.session);
    CHECK(session.info.group_type == GroupType::Women);
    CHECK(session.info.place == "Buurthuis De Schakel");
    CHECK(require_ok(store.find_session(v.session)).info.place == "Buurthuis De Schakel");

    auto visits = require_ok(store.visits_of(v.participant.id));
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].id == v.visit);
    CHECK(visits[0].started == at_ms(1'700'000'000'000));

    CHECK(require_ok(store.consents_of(v.visit)) == std::nullopt);
    REQUIRE(store.record_consents(v.visit, Consents{true, false, true, "host-a", at_ms(5)}).ok());
    REQUIRE(store.record_consents(v.visit, Consents{true, true, false, "host-b", at_ms(6)}).ok());
    const auto consents = require_ok(store.consents_of(v.visit));
    REQUIRE(consents);
    CHECK(consents->share_with_gp);
    CHECK(consents->municipality_anonymous);
    CHECK_FALSE(consents->research);
    CHECK(consents->confirmed_by == "host-b");
    CHECK(consents->confirmed_at == at_ms(6));

    const auto bp = require_ok(store.record_measurement(v.visit, bp_reading(131)));
    MeasurementRecord waist;
    waist.measure = Measure::Waist;
    waist.value = 94.5;
    waist.source = ManualSource{"host-a"};
    waist.kiosk_time = at_ms(7);
    require_ok(store.record_measurement(v.visit, waist));
    const auto stored = require_ok(store.measurements_of(v.visit));
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].id == bp);
    CHECK(stored[0].record.measure == Measure::Systolic);
    CHECK(stored[0].record.value == 131);
    CHECK(stored[0].record.unit == "mmHg");
    const auto& device = std::get<DeviceSource>(stored[0].record.source);
    CHECK(device.model == "Omron HBP-1320");
    CHECK(device.serial == "SN123");
    CHECK(device.raw_frame == std::vector<std::uint8_t>{0x02, 0x10, 0xFF, 0x03});
    CHECK(device.device_time == at_ms(1'700'000'000'500));
    CHECK(stored[0].record.kiosk_time == at_ms(1'700'000'001'000));
    CHECK(std::get<ManualSource>(stored[1].record.source).entered_by == "host-a");
    CHECK(stored[1].record.unit == "cm");

    REQUIRE(store.record_answers(v.visit, "leefstijl", {{"smoking", "no"}, {"exercise_days", "3"}}).ok());
    REQUIRE(store.record_answers(v.visit, "leefstijl", {{"smoking", "yes"}}).ok());
    const auto answers = require_ok(store.answers_of(v.visit, "leefstijl"));
    REQUIRE(answers.size() == 1);
    CHECK(answers[0].value == "yes");

    CHECK(store.record_goal(v.visit, "Elke dag wandelen", at_ms(8)).ok());
    CHECK(store.record_referral(v.visit, Referral{"buurtsportcoach", "", at_ms(9)}).ok());
    CHECK(store.schedule_follow_up(v.visit, FollowUp{"call_6_weeks", "2026-04-25"}).ok());
    CHECK(store.record_sheet_printed(v.visit, PrintedSheet{"tr", "2026.1", "host-a", at_ms(10)}).ok());
    CHECK(sql_value(store, "SELECT count(*) FROM goals") == "1");
    CHECK(sql_value(store, "SELECT count(*) FROM referrals") == "1");
    CHECK(sql_value(store, "SELECT count(*) FROM follow_ups") == "1");
    CHECK(sql_value(store, "SELECT count(*) FROM printed_sheets") == "1");
    CHECK(store.schedule_follow_up(v.visit, FollowUp{"remeasure_6_months", "2026-09-14"}).ok());
    CHECK(store.record_goal(v.visit, "Elke dag 20 minuten wandelen", at_ms(12)).ok());
    const auto goals = require_ok(store.goals_of(v.visit));
    REQUIRE(goals.size() == 2);
    CHECK(goals.back().text == "Elke dag 20 minuten wandelen");
    CHECK(goals.back().at == at_ms(12));
    const auto referrals = require_ok(store.referrals_of(v.visit));
    REQUIRE(referrals.size() == 1);
    CHECK(referrals[0].offer == "buurtsportcoach");
    CHECK(referrals[0].at == at_ms(9));
    const auto follow_ups = require_ok(store.follow_ups_of(v.visit));
    REQUIRE(follow_ups.size() == 2);
    CHECK(follow_ups[0].kind == "call_6_weeks");
    CHECK(follow_ups[1].due_date == "2026-09-14");
    const auto visit = require_ok(store.find_visit(v.visit));
    CHECK(visit.participant == v.participant.id);
    CHECK(visit.session == v.session);
    CHECK(require_ok(store.find_participant(v.participant.id)).card_code == v.participant.card_code);
    CHECK(store.find_visit(VisitId{v.visit.value + 100}).error().kind == ErrorKind::NotFound);
    CHECK(store.find_participant(ParticipantId{v.participant.id.value + 100}).error().kind == ErrorKind::NotFound);

    ParticipantInfo changed = found.info;
    changed.language = "nl";
    changed.name.reset();
    REQUIRE(store.update_participant(found.id, changed).ok());
    const auto updated = require_ok(store.find_participant(v.participant.card_code));
    CHECK(updated.info.language == "nl");
    CHECK_FALSE(updated.info.name);

    REQUIRE(store.audit(AuditEntry{"host-a", AuditAction::Viewed, "participant", found.id.value, at_ms(11)}).ok());
    const auto log = require_ok(store.audit_log());
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == AuditAction::Viewed);
    CHECK(log[0].object_id == found.id.value);

    const auto counts = require_ok(store.counts());
    CHECK(counts.participants == 1);
    CHECK(counts.visits == 1);
    CHECK(counts.measurements == 2);
}

TEST_CASE("store: bad input gets a typed error and writes nothing", "[store]") {
    auto store = open_fast(fresh_dir("bad_input") / "kiosk.db");
    const auto v = one_visit(store);

    auto bad_code = store.find_participant("not a code");
    REQUIRE_FALSE(bad_code.ok());
    CHECK(bad_code.error().kind == ErrorKind::InvalidInput);
    auto unknown = store.find_participant(generate_card_code([] { return 12345ULL; }));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().kind == ErrorKind::NotFound);
    auto no_session = store.find_session("1999-01-01");
    REQUIRE_FALSE(no_session.ok());
    CHECK(no_session.error().kind == ErrorKind::NotFound);
    auto no_such_id = store.find_session(SessionId{987654});
    REQUIRE_FALSE(no_such_id.ok());
    CHECK(no_such_id.error().kind == ErrorKind::NotFound);

    auto twice = store.register_participant(v.participant.card_code, ParticipantInfo{});
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().kind == ErrorKind::AlreadyExists);

    auto no_visit = store.record_measurement(VisitId{999}, bp_reading(120));
    REQUIRE_FALSE(no_visit.ok());
    CHECK(no_visit.error().kind == ErrorKind::NotFound);
    auto nan = bp_reading(std::nan(""));
    CHECK(store.record_measurement(v.visit, nan).error().kind == ErrorKind::InvalidInput);
    MeasurementRecord anonymous_manual;
    anonymous_manual.source = ManualSource{""};
    CHECK(store.record_measurement(v.visit, anonymous_manual).error().kind == ErrorKind::InvalidInput);
    CHECK(store.record_consents(v.visit, Consents{true, true, true, "", at_ms(1)}).error().kind ==
          ErrorKind::InvalidInput);
    CHECK(store.create_visit(SessionId{999}, v.participant.id, at_ms(1)).error().kind == ErrorKind::NotFound);
    ParticipantInfo bad_year;
    bad_year.birth_year = 1800;
    CHECK(store.register_participant(bad_year).error().kind == ErrorKind::InvalidInput);
    CHECK(store.update_participant(ParticipantId{999}, ParticipantInfo{}).error().kind == ErrorKind::NotFound);

    // A batch that fails half-way leaves nothing behind.
    auto batch = store.in_one_transaction([&]() -> Status {
        if (auto id = store.record_measurement(v.visit, bp_reading(140)); !id) return id.error();
        return store.record_measurement(VisitId{999}, bp_reading(141)).error();
    });
    REQUIRE_FALSE(batch.ok());
    CHECK(require_ok(store.counts()).measurements == 0);
    REQUIRE(store.check_integrity().ok());
}

TEST_CASE("store: a database from a newer program is refused untouched", "[store]") {
    const auto db = fresh_dir("too_new") / "kiosk.db";
    {
        auto store = open_fast(db);
        REQUIRE(store.internals().db.exec("PRAGMA user_version = 999").ok());
    }
    check_refused_untouched(db, kPassphrase, kFast, ErrorKind::SchemaTooNew);
}

TEST_CASE("store: erasing a participant removes everything of theirs", "[store]") {
    auto store = open_fast(fresh_dir("erase") / "kiosk.db");
    const auto gone = one_visit(store, "Te Wissen");
    const auto kept = one_visit(store, "Blijft Bestaan");
    for (const auto& v : {gone, kept}) {
        REQUIRE(store.record_consents(v.visit, Consents{true, true, true, "host", at_ms(1)}).ok());
        REQUIRE(store.record_measurement(v.visit, bp_reading(120)).ok());
        REQUIRE(store.record_answers(v.visit, "leefstijl", {{"smoking", "no"}}).ok());
        REQUIRE(store.record_goal(v.visit, "wandelen", at_ms(2)).ok());
        REQUIRE(store.record_referral(v.visit, Referral{"leefstijlcoach", "", at_ms(3)}).ok());
        REQUIRE(store.schedule_follow_up(v.visit, FollowUp{"call_6_weeks", "2026-05-01"}).ok());
        REQUIRE(store.record_sheet_printed(v.visit, PrintedSheet{"nl", "r1", "host", at_ms(4)}).ok());
    }
    // A second visit (the 6-month follow-up) goes too.
    const auto later = require_ok(store.start_session({"2026-09-14", "Buurthuis", GroupType::Mixed, "host", gone.session}));
    const auto second = require_ok(store.create_visit(later, gone.participant.id, at_ms(5)));
    REQUIRE(store.record_measurement(second, bp_reading(118)).ok());

    REQUIRE(store.erase_participant(format_card_code(gone.participant.card_code), "host-a", at_ms(99)).ok());

    CHECK(store.find_participant(gone.participant.card_code).error().kind == ErrorKind::NotFound);
    for (const char* table : {"consents", "measurements", "answers", "goals", "referrals", "follow_ups",
                              "printed_sheets"}) {
        INFO(table);
        CHECK(sql_value(store, "SELECT count(*) FROM " + std::string(table)) == "1");
        CHECK(sql_value(store, "SELECT count(*) FROM " + std::string(table) + " WHERE visit_id IN (" +
                                   std::to_string(gone.visit.value) + ", " + std::to_string(second.value) + ")") ==
              "0");
    }
    CHECK(sql_value(store, "SELECT count(*) FROM visits WHERE participant_id = " +
                               std::to_string(gone.participant.id.value)) == "0");
    CHECK(require_ok(store.find_participant(kept.participant.card_code)).info.name ==
          std::optional<std::string>("Blijft Bestaan"));
    const auto counts = require_ok(store.counts());
    CHECK(counts.participants == 1);
    CHECK(counts.visits == 1);
    CHECK(counts.measurements == 1);

    // The erasure itself is logged, without the card code or name.
    const auto log = require_ok(store.audit_log());
    REQUIRE(log.size() == 1);
    CHECK(log[0].action == AuditAction::Erased);
    CHECK(log[0].actor == "host-a");
    CHECK(log[0].object_kind == "participant");
    CHECK(log[0].object_id == gone.participant.id.value);
    CHECK(sql_value(store, "SELECT count(*) FROM audit_log WHERE actor || object_kind LIKE '%" +
                               gone.participant.card_code + "%'") == "0");
    REQUIRE(store.check_integrity().ok());

    // Erasing again: a clear NotFound.
    CHECK(store.erase_participant(gone.participant.card_code, "host-a", at_ms(100)).error().kind ==
          ErrorKind::NotFound);
}

TEST_CASE("store: backup and restore round trip", "[store]") {
    const auto dir = fresh_dir("backup");
    const auto db = dir / "kiosk.db";
    auto store = open_fast(db);
    const auto v = one_visit(store);
    REQUIRE(store.record_measurement(v.visit, bp_reading(128)).ok());
    const auto backup = dir / "usb" / "backup.db";
    std::filesystem::create_directories(backup.parent_path());

    REQUIRE(store.backup_to(backup, "usb passphrase", "host-a", at_ms(50)).ok());
    CHECK(file_bytes(backup).find("SQLite format 3") == std::string::npos);
    CHECK(file_bytes(backup).find("Yılmaz") == std::string::npos);
    CHECK(store.backup_to(backup, "usb passphrase", "host-a", at_ms(51)).error().kind == ErrorKind::AlreadyExists);
    CHECK(store.backup_to(dir / "plain.db", "", "host-a", at_ms(51)).error().kind == ErrorKind::InvalidInput);
    CHECK_FALSE(std::filesystem::exists(dir / "plain.db"));
    CHECK(require_ok(store.audit_log()).back().action == AuditAction::BackedUp);

    const auto restored_path = dir / "restored.db";
    auto wrong = Store::restore(backup, "not it", restored_path, "new kiosk passphrase", kFast);
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().kind == ErrorKind::WrongPassphrase);
    CHECK_FALSE(std::filesystem::exists(restored_path));
    CHECK(Store::restore(backup, "usb passphrase", db, "x", kFast).error().kind == ErrorKind::AlreadyExists);

    const auto restore = Store::restore(backup, "usb passphrase", restored_path, "new kiosk passphrase", kFast);
    INFO((restore.ok() ? std::string() : restore.error().describe()));
    REQUIRE(restore.ok());
    auto restored = open_fast(restored_path, "new kiosk passphrase");
    REQUIRE(restored.check_integrity().ok());
    CHECK(std::stoi(sql_value(restored, "PRAGMA user_version")) == Store::schema_version());
    CHECK(sql_value(restored, "PRAGMA journal_mode") == "wal");
    const auto p = require_ok(restored.find_participant(v.participant.card_code));
    CHECK(p.info.name == std::optional<std::string>("Fatima Yılmaz"));
    const auto visits = require_ok(restored.visits_of(p.id));
    REQUIRE(visits.size() == 1);
    const auto m = require_ok(restored.measurements_of(visits[0].id));
    REQUIRE(m.size() == 1);
    CHECK(m[0].record.value == 128);
    CHECK(require_ok(restored.audit_log()).back().action == AuditAction::Restored);
}

TEST_CASE("store: rekey changes the passphrase", "[store]") {
    const auto db = fresh_dir("rekey") / "kiosk.db";
    {
        auto store = open_fast(db);
        one_visit(store);
        CHECK(store.rekey("", "host", at_ms(1)).error().kind == ErrorKind::InvalidInput);
        REQUIRE(store.rekey("the new day passphrase", "host", at_ms(1)).ok());
        CHECK(require_ok(store.counts()).participants == 1);
    }
    CHECK(Store::open(db, kPassphrase, kFast).error().kind == ErrorKind::WrongPassphrase);
    auto store = open_fast(db, "the new day passphrase");
    CHECK(require_ok(store.counts()).participants == 1);
    REQUIRE(store.check_integrity().ok());
    CHECK(require_ok(store.audit_log()).back().action == AuditAction::Rekeyed);
}

TEST_CASE("store: every error kind has a name and a Dutch message", "[store]") {
    for (auto kind : {ErrorKind::WrongPassphrase, ErrorKind::DatabaseMissing, ErrorKind::AlreadyExists,
                      ErrorKind::DiskFull, ErrorKind::Corrupt, ErrorKind::Busy, ErrorKind::PermissionDenied,
                      ErrorKind::NotEncrypted, ErrorKind::SchemaTooNew, ErrorKind::NotFound,
                      ErrorKind::InvalidInput, ErrorKind::Io, ErrorKind::Internal}) {
        CHECK_FALSE(kind_name(kind).empty());
        CHECK(kind_msgid(kind).size() > 20);
    }
    CHECK(kind_name(ErrorKind::DiskFull) == "disk_full");
    CHECK(StoreError{ErrorKind::Corrupt, "page 4"}.describe() == "corrupt: page 4");
}
