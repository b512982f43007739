// The kiosk's recorder on the encrypted store: a device value is stored with the device's model,
// serial and raw frame; a typed value as entered by the participant.
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
