// Host mode in the store (schema 4): arrivals, follow-up links, corrections with history,
// merges, language switches, alerts and acknowledgement, each with its audit entry.
#include "store/store.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

namespace {

MeasurementRecord manual(Measure measure, double value) {
    MeasurementRecord m;
    m.measure = measure;
    m.value = value;
    m.source = ManualSource{"participant"};
    m.kiosk_time = at_ms(5);
    return m;
}

bool audited(Store& store, AuditAction action, std::string_view kind) {
    const auto log = require_ok(store.audit_log());
    return std::any_of(log.begin(), log.end(), [&](const AuditEntry& e) {
        return e.action == action && e.object_kind == kind && e.actor == "host";
    });
}

}  // namespace

TEST_CASE("host store: register arrivals and read them back for the board", "[store][host]") {
    auto store = open_fast(fresh_dir("host_board") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "Buurthuis", GroupType::Men, "anna", {}}));
    ParticipantInfo info;
    info.name = "Jan";
    info.language = "pl";
    const auto first = require_ok(store.register_arrival(session, info, "host", at_ms(10)));
    const auto second = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(11)));
    CHECK(first.participant.card_code != second.participant.card_code);
    require_ok(store.record_measurement(first.visit.id, manual(Measure::Systolic, 131)));
    require_ok(store.record_answers(first.visit.id, "circuit", {{"smoker", "no"}}));
    const auto board = require_ok(store.session_visits(session));
    REQUIRE(board.size() == 2);
    CHECK(board[0].participant.info.name == std::optional<std::string>("Jan"));
    CHECK(board[0].participant.info.language == "pl");
    REQUIRE(board[0].measurements.size() == 1);
    CHECK(board[0].answers.size() == 1);
    CHECK(board[1].measurements.empty());
    CHECK(audited(store, AuditAction::Created, "participant"));
    // Arriving again (scanning the card at the desk) reuses the visit.
    CHECK(require_ok(store.arrive(session, first.participant.id, {}, "host", at_ms(12))) == first.visit.id);
    CHECK(require_ok(store.visit_in_session(session, first.participant.id)) == std::optional<VisitId>(first.visit.id));
    const auto sessions = require_ok(store.sessions());
    REQUIRE(sessions.size() == 1);
    CHECK(sessions[0].info.group_type == GroupType::Men);
}

TEST_CASE("host store: a follow-up visit is linked to the earlier one", "[store][host]") {
    auto store = open_fast(fresh_dir("host_follow_up") / "kiosk.db");
    const auto may = require_ok(store.start_session({"2026-05-20", "Buurthuis", GroupType::Mixed, "anna", {}}));
    const auto then = require_ok(store.register_arrival(may, ParticipantInfo{}, "host", at_ms(1)));
    const auto nov = require_ok(store.start_session({"2026-11-20", "Buurthuis", GroupType::Mixed, "anna", may}));
    const auto now = require_ok(store.arrive(nov, then.participant.id, may, "host", at_ms(2)));
    CHECK(now != then.visit.id);
    const auto board = require_ok(store.session_visits(nov));
    REQUIRE(board.size() == 1);
    CHECK(board[0].earlier_visit == std::optional<VisitId>(then.visit.id));
    CHECK(require_ok(store.sessions()).front().id == nov);
}

TEST_CASE("host store: a correction keeps the old value and is audited", "[store][host]") {
    auto store = open_fast(fresh_dir("host_correct") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto a = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(1)));
    const auto old = require_ok(store.record_measurement(a.visit.id, manual(Measure::Weight, 48)));
    CHECK_FALSE(store.correct_measurement(a.visit.id, Measure::Weight, std::nan(""), "typo", "host", at_ms(2)).ok());
    const auto made = require_ok(store.correct_measurement(a.visit.id, Measure::Weight, 84, "typo", "host", at_ms(3)));
    const auto history = require_ok(store.corrections_of(a.visit.id));
    REQUIRE(history.size() == 1);
    CHECK(history[0].old_value == std::optional<double>(48));
    CHECK(history[0].old_measurement == std::optional<MeasurementId>(old));
    CHECK(history[0].new_measurement == made);
    CHECK(history[0].corrected_by == "host");
    const auto values = require_ok(store.measurements_of(a.visit.id));
    REQUIRE(values.size() == 2);  // the old row stays
    CHECK(values.back().record.value == 84);
    CHECK(audited(store, AuditAction::Corrected, "visit"));
}

TEST_CASE("host store: merging a duplicate moves its values and removes the registration", "[store][host]") {
    auto store = open_fast(fresh_dir("host_merge") / "kiosk.db");
    const auto may = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto keep = require_ok(store.register_arrival(may, ParticipantInfo{}, "host", at_ms(1)));
    const auto dup = require_ok(store.register_arrival(may, ParticipantInfo{}, "host", at_ms(2)));
    require_ok(store.record_measurement(keep.visit.id, manual(Measure::Systolic, 130)));
    require_ok(store.record_measurement(dup.visit.id, manual(Measure::Weight, 80)));
    require_ok(store.raise_alert(dup.visit.id, "blood_pressure", "200/120", at_ms(3)));
    CHECK_FALSE(store.merge_participants(keep.participant.id, keep.participant.id, "host", at_ms(4)).ok());
    CHECK(store.merge_participants(dup.participant.id, ParticipantId{999}, "host", at_ms(4)).error().kind ==
          ErrorKind::NotFound);
    REQUIRE(store.merge_participants(dup.participant.id, keep.participant.id, "host", at_ms(4)).ok());
    const auto board = require_ok(store.session_visits(may));
    REQUIRE(board.size() == 1);
    CHECK(board[0].measurements.size() == 2);
    CHECK(require_ok(store.alerts_of_session(may)).front().visit == keep.visit.id);
    CHECK(store.find_participant(dup.participant.card_code).error().kind == ErrorKind::NotFound);
    CHECK(sql_value(store, "SELECT removed_card_code FROM merges") == dup.participant.card_code);
    CHECK(audited(store, AuditAction::Merged, "participant"));
}

TEST_CASE("host store: language switch, alerts and their acknowledgement", "[store][host]") {
    auto store = open_fast(fresh_dir("host_alerts") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto a = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(1)));
    REQUIRE(store.set_participant_language(a.participant.id, "ar", "host", at_ms(2)).ok());
    CHECK(require_ok(store.find_participant(a.participant.card_code)).info.language == "ar");
    CHECK(store.set_participant_language(ParticipantId{999}, "ar", "host", at_ms(2)).error().kind == ErrorKind::NotFound);
    CHECK(audited(store, AuditAction::Updated, "participant"));

    const auto alert = require_ok(store.raise_alert(a.visit.id, "blood_pressure", "200/120", at_ms(3)));
    auto alerts = require_ok(store.alerts_of_session(session));
    REQUIRE(alerts.size() == 1);
    CHECK_FALSE(alerts[0].acknowledged_at.has_value());
    REQUIRE(store.acknowledge_alert(alert, "host", at_ms(4)).ok());
    CHECK(store.acknowledge_alert(alert, "host", at_ms(5)).error().kind == ErrorKind::NotFound);  // once
    alerts = require_ok(store.alerts_of_session(session));
    CHECK(alerts[0].acknowledged_by == std::optional<std::string>("host"));
    CHECK(alerts[0].acknowledged_at == std::optional<WallTime>(at_ms(4)));
    CHECK(audited(store, AuditAction::Acknowledged, "alert"));
}

TEST_CASE("host store: an erased participant takes their corrections and alerts along", "[store][host]") {
    auto store = open_fast(fresh_dir("host_erase") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto a = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(1)));
    require_ok(store.correct_measurement(a.visit.id, Measure::Waist, 98, "missed", "host", at_ms(2)));
    require_ok(store.raise_alert(a.visit.id, "glucose", "25.0", at_ms(3)));
    REQUIRE(store.erase_participant(a.participant.card_code, "host", at_ms(4)).ok());
    CHECK(sql_value(store, "SELECT count(*) FROM corrections") == "0");
    CHECK(sql_value(store, "SELECT count(*) FROM alerts") == "0");
}

TEST_CASE("host store: the irregular-heartbeat note, referrals and follow-ups reach the board", "[store][host]") {
    auto store = open_fast(fresh_dir("host_board_notes") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto a = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(1)));
    const auto b = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(2)));
    CHECK(store.record_irregular_heartbeat(VisitId{999}, at_ms(3)).error().kind == ErrorKind::NotFound);
    REQUIRE(store.record_irregular_heartbeat(a.visit.id, at_ms(3)).ok());
    REQUIRE(store.record_irregular_heartbeat(a.visit.id, at_ms(4)).ok());  // the first time counts
    Referral walking{"walking_group", "", at_ms(5), "Buurtsportcoach Noord", true, "0612345678"};
    require_ok(store.record_referral(a.visit.id, walking));
    require_ok(store.schedule_follow_up(a.visit.id, {"remeasure_6_months", "2026-11-20"}));
    require_ok(store.schedule_follow_up(a.visit.id, {"call_6_weeks", "2026-07-01"}));
    const auto board = require_ok(store.session_visits(session));
    REQUIRE(board.size() == 2);
    CHECK(board[0].irregular_heartbeat == std::optional<WallTime>(at_ms(3)));
    CHECK_FALSE(board[1].irregular_heartbeat.has_value());
    REQUIRE(board[0].referrals.size() == 1);
    CHECK(board[0].referrals[0].who_calls == "Buurtsportcoach Noord");
    CHECK(board[0].referrals[0].consent_to_call);
    REQUIRE(board[0].follow_ups.size() == 2);
    CHECK(board[0].follow_ups[0].kind == "call_6_weeks");
    CHECK(board[1].referrals.empty());
    // A merged duplicate brings its note along to the visit that is kept.
    REQUIRE(store.merge_participants(a.participant.id, b.participant.id, "host", at_ms(6)).ok());
    CHECK(require_ok(store.irregular_heartbeat_of(b.visit.id)) == std::optional<WallTime>(at_ms(3)));
    CHECK(store.irregular_heartbeat_of(a.visit.id).error().kind == ErrorKind::NotFound);
}

TEST_CASE("host store: skipping a participant's rest is audited, for a visit that exists", "[store][host]") {
    auto store = open_fast(fresh_dir("host_skip_rest") / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-05-20", "", GroupType::Mixed, "anna", {}}));
    const auto a = require_ok(store.register_arrival(session, ParticipantInfo{}, "host", at_ms(1)));
    CHECK(store.log_rest_skipped(VisitId{999}, "host", at_ms(2)).error().kind == ErrorKind::NotFound);
    CHECK_FALSE(audited(store, AuditAction::SkippedRest, "visit"));
    REQUIRE(store.log_rest_skipped(a.visit.id, "host", at_ms(2)).ok());
    CHECK(audited(store, AuditAction::SkippedRest, "visit"));
    CHECK(audit_action_from_name("skipped_rest") == std::optional<AuditAction>(AuditAction::SkippedRest));
}
