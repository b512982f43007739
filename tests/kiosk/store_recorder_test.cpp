// The kiosk's recorder on the encrypted store: a device value is stored with the device's model,
// serial and raw frame; a typed value as entered by the participant.
#include "kiosk/store_host_records.hpp"
#include "kiosk/store_visit_recorder.hpp"
#include "../store/store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::store::test;

TEST_CASE("device values keep model, serial and raw bytes in the store, typed values are manual", "[kiosk][store]") {
    const auto db = fresh_dir("kiosk_recorder") / "kiosk.db";
    store::Store s = open_fast(db);
    const auto session = require_ok(s.start_session({"2026-11-22", "buurthuis", store::GroupType::Mixed, "test", {}}));
    const auto participant = require_ok(s.register_participant(store::ParticipantInfo{}));
    kiosk::StoreVisitRecorder recorder(s, session, [](store::VisitId, const std::string&) { return Outcome::success(); });
    ParticipantProfile profile;
    REQUIRE(recorder.begin_visit(participant.card_code, "nl", {}, profile).ok);
    REQUIRE(recorder.record_device_measurement(Measure::Weight, 80.0, {"SC-330", "00000001", {0x7b, 0x30, 0x0d}}).ok);
    REQUIRE(recorder.record_measurement(Measure::Waist, 92.5).ok);

    const auto visits = require_ok(s.visits_of(participant.id));
    REQUIRE(visits.size() == 1);
    const auto stored = require_ok(s.measurements_of(visits[0].id));
    REQUIRE(stored.size() == 2);
    const auto* device = std::get_if<store::DeviceSource>(&stored[0].record.source);
    REQUIRE(device != nullptr);
    CHECK(device->model == "SC-330");
    CHECK(device->serial == "00000001");
    CHECK(device->raw_frame == std::vector<std::uint8_t>{0x7b, 0x30, 0x0d});
    CHECK(stored[0].record.value == 80.0);
    CHECK(std::holds_alternative<store::ManualSource>(stored[1].record.source));
}

TEST_CASE("the length of the participant's earlier visit is offered at the next visit", "[kiosk][store]") {
    const auto db = fresh_dir("kiosk_recorder_height") / "kiosk.db";
    store::Store s = open_fast(db);
    const auto session = require_ok(s.start_session({"2026-05-01", "buurthuis", store::GroupType::Mixed, "test", {}}));
    const auto participant = require_ok(s.register_participant(store::ParticipantInfo{}));
    kiosk::StoreVisitRecorder recorder(s, session, [](store::VisitId, const std::string&) { return Outcome::success(); });
    ParticipantProfile first;
    REQUIRE(recorder.begin_visit(participant.card_code, "nl", {}, first).ok);
    CHECK_FALSE(first.previous_height);
    REQUIRE(recorder.record_measurement(Measure::Height, 168.5).ok);
    recorder.end_visit();

    // Six months later, a new session: a new visit, and last time's length is offered.
    const auto later = require_ok(s.start_session({"2026-11-01", "buurthuis", store::GroupType::Mixed, "test", {}}));
    recorder.set_session(later);
    ParticipantProfile again;
    REQUIRE(recorder.begin_visit(participant.card_code, "nl", {}, again).ok);
    CHECK(again.previous_height == 168.5);
}

TEST_CASE("the meter's irregular-heartbeat flag and the talk reach the host's board, with the earlier visit", "[kiosk][store]") {
    const auto db = fresh_dir("kiosk_recorder_board") / "kiosk.db";
    store::Store s = open_fast(db);
    const auto may = require_ok(s.start_session({"2026-05-01", "buurthuis", store::GroupType::Mixed, "test", {}}));
    const auto participant = require_ok(s.register_participant(store::ParticipantInfo{}));
    kiosk::StoreVisitRecorder recorder(s, may, [](store::VisitId, const std::string&) { return Outcome::success(); });
    CHECK_FALSE(recorder.record_irregular_heartbeat().ok);  // no open visit: nothing stored
    ParticipantProfile profile;
    REQUIRE(recorder.begin_visit(participant.card_code, "nl", {}, profile).ok);
    REQUIRE(recorder.record_measurement(Measure::Systolic, 150).ok);
    recorder.end_visit();

    const auto nov = require_ok(s.start_session({"2026-11-01", "buurthuis", store::GroupType::Mixed, "test", may}));
    kiosk::StoreHostRecords host(s);
    Arrival arrival;
    REQUIRE(host.arrive_by_card(nov.value, participant.card_code, may.value, "host", arrival).ok);
    recorder.set_session(nov);
    REQUIRE(recorder.begin_visit(participant.card_code, "nl", {}, profile).ok);
    REQUIRE(recorder.record_measurement(Measure::Systolic, 138).ok);
    REQUIRE(recorder.record_irregular_heartbeat().ok);
    REQUIRE(recorder.record_talk("movement", {{"walking_group", "Sanne", true, "0612345678"}}).ok);

    std::vector<BoardVisit> visits;
    std::vector<AlertRecord> alerts;
    REQUIRE(host.board(nov.value, visits, alerts).ok);
    REQUIRE(visits.size() == 1);
    CHECK(visits[0].irregular_heartbeat);
    CHECK(visits[0].values.at(Measure::Systolic) == 138);
    CHECK(visits[0].earlier_values.at(Measure::Systolic) == 150);
    REQUIRE(visits[0].referrals.size() == 1);
    CHECK(visits[0].referrals[0].who_calls == "Sanne");
    CHECK(visits[0].referrals[0].consent_to_call);
    REQUIRE(visits[0].follow_ups.size() == 2);  // the 6-week call and the 6-month return
    REQUIRE(host.board(may.value, visits, alerts).ok);
    CHECK_FALSE(visits[0].irregular_heartbeat);  // the earlier visit had no flag

    CHECK_FALSE(host.rest_skipped(999, "host").ok);
    REQUIRE(host.rest_skipped(arrival.visit, "host").ok);
    const auto log = require_ok(s.audit_log());
    CHECK(log.back().action == store::AuditAction::SkippedRest);
    CHECK(log.back().object_id == arrival.visit);
}
