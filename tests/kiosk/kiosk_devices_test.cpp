// The kiosk's device hand-over on the UI thread: a reading becomes a value of the participant
// at the matching station, with the device's details; errors, QC results, implausible values
// and readings for another station are never stored and show "meet opnieuw".
#include "core/flow/participant_flow.hpp"
#include "devices/reading.hpp"
#include "kiosk/kiosk_devices.hpp"
#include "runtime/text_file.hpp"

#include <catch2/catch.hpp>

using namespace gc;
using namespace std::chrono_literals;

namespace {

std::string source_file(const std::string& relative) {
    auto text = read_text_file(std::string(GC_TEST_SOURCE_DIR) + "/" + relative);
    REQUIRE(text.has_value());
    return *text;
}

struct Recorder final : VisitRecorder {
    struct Stored {
        Measure measure;
        double value;
        std::optional<MeasurementOrigin> origin;
    };
    std::vector<Stored> stored;
    std::vector<std::string> cards;
    Outcome begin_visit(const std::string& card, const std::string&, const Consents&, ParticipantProfile&) override {
        cards.push_back(card);
        return Outcome::success();
    }
    Outcome record_measurement(Measure m, double v) override {
        stored.push_back({m, v, std::nullopt});
        return Outcome::success();
    }
    Outcome record_device_measurement(Measure m, double v, const MeasurementOrigin& o) override {
        stored.push_back({m, v, o});
        return Outcome::success();
    }
    Outcome record_answer(const std::string&, const std::string&) override { return Outcome::success(); }
    Outcome request_sheet() override { return Outcome::success(); }
    void end_visit() override {}
};

devices::Plausibility plausibility() {
    auto parsed = devices::Plausibility::from_toml(source_file("assets/devices/plausibility.toml"));
    return std::get<devices::Plausibility>(parsed);
}

struct Kiosk {
    Circuit circuit = parse_circuit(source_file("assets/stations/circuit.toml"), "circuit.toml");
    ManualClock clock;
    Recorder recorder;
    ParticipantFlow flow{circuit, clock, recorder};
    kiosk::KioskDevices devices{{}, plausibility(), ""};

    void at(const std::string& station) {
        flow.start("nl");
        flow.confirm_consents();
        REQUIRE(flow.enter_card("AAAA-1").ok);
        while (flow.current_station().id != station) flow.next();
    }
    void push(std::string device, devices::DecodeResult result) {
        devices::DeviceEvent e;
        e.device = std::move(device);
        e.result = std::move(result);
        e.received_steady = std::chrono::steady_clock::now();
        devices.queue().push(std::move(e));
    }
};

devices::Reading scale(double weight_kg) {
    devices::Reading r;
    r.device = {"tanita", "SC-330", "00000001", ""};
    r.values = {devices::make_value(Measure::Weight, weight_kg), devices::make_value(Measure::Height, 172.0)};
    r.raw = {'{', '0', '1', '6', ',', 'P'};
    return r;
}

}  // namespace

TEST_CASE("a scale reading becomes the participant's weight, stored with model, serial and raw bytes", "[kiosk][devices]") {
    Kiosk k;
    k.at("body");
    k.push("tanita", scale(81.0));
    CHECK(k.devices.deliver(k.flow) == 1);
    CHECK(k.flow.visit().values.at(Measure::Weight) == 80.0);  // 1 kg clothes tare (circuit.toml)
    CHECK(k.flow.visit().values.at(Measure::Height) == 172.0);
    REQUIRE(k.recorder.stored.size() == 2);
    REQUIRE(k.recorder.stored[0].origin);
    CHECK(k.recorder.stored[0].origin->model == "SC-330");
    CHECK(k.recorder.stored[0].origin->serial == "00000001");
    CHECK(k.recorder.stored[0].origin->raw == scale(81).raw);
    REQUIRE(k.devices.device_log().size() == 1);
    CHECK(k.devices.device_log()[0].event == "reading");
    CHECK(k.devices.device_log()[0].raw_hex == "7b 30 31 36 2c 50");
}

TEST_CASE("a device error is never stored: 'meet opnieuw' and the raw bytes in the device log", "[kiosk][devices]") {
    Kiosk k;
    k.at("body");
    for (auto code : {devices::DeviceErrorCode::SteppedOff, devices::DeviceErrorCode::Garbled,
                      devices::DeviceErrorCode::ChecksumMismatch, devices::DeviceErrorCode::Implausible}) {
        devices::DeviceError error{code, "test", {0x45, 0x31, 0x36}, {}};
        k.push("tanita", error);
        k.devices.deliver(k.flow);
        CHECK(k.flow.device_problem() == devices::error_message(code));
    }
    CHECK(k.recorder.stored.empty());
    CHECK(k.flow.visit().values.empty());
    REQUIRE(k.devices.device_log().size() == 4);
    CHECK(k.devices.device_log()[0].event == "stepped_off");
    CHECK(k.devices.device_log()[0].raw_hex == "45 31 36");
    // The next good reading clears the message.
    k.push("tanita", scale(75.0));
    k.devices.deliver(k.flow);
    CHECK(k.flow.device_problem() == nullptr);
}

TEST_CASE("a control-solution result on the glucose meter is never the participant's value", "[kiosk][devices]") {
    Kiosk k;
    k.at("glucose");
    k.push("contour", devices::DeviceError{devices::DeviceErrorCode::ControlSolution, "QC", {0x02, 0x31}, {}});
    k.devices.deliver(k.flow);
    CHECK(k.flow.visit().values.empty());
    CHECK(k.flow.device_problem() != nullptr);
    devices::Reading meter;
    meter.device = {"contour", "Bayer7390", "7390-1", ""};
    meter.values = {devices::make_value(Measure::Glucose, 5.6)};
    k.push("contour", meter);
    k.devices.deliver(k.flow);
    CHECK(k.flow.visit().values.at(Measure::Glucose) == 5.6);
}

TEST_CASE("a reading for a station the participant is not at is not stored", "[kiosk][devices]") {
    Kiosk k;
    k.at("waist");
    k.push("tanita", scale(81.0));
    k.push("omron", devices::DeviceError{devices::DeviceErrorCode::DeviceReported, "E1", {0x01}, {}});
    k.devices.deliver(k.flow);
    CHECK(k.recorder.stored.empty());
    CHECK(k.flow.device_problem() == nullptr);  // not this station's device: no message here
    CHECK(k.devices.device_log().size() == 2);  // but both are in the device log
}

TEST_CASE("blood pressure from the Omron follows the protocol: rest first, the mean of the last two", "[kiosk][devices]") {
    Kiosk k;
    k.at("blood_pressure");
    auto omron = [](double s, double d, double p, bool irregular) {
        devices::Reading r;
        r.device = {"omron-7322", "HEM-7322U", "", ""};
        r.values = {devices::make_value(Measure::Systolic, s), devices::make_value(Measure::Diastolic, d),
                    devices::make_value(Measure::Pulse, p)};
        if (irregular) r.extra.emplace_back("irregular_heartbeat", "1");
        return r;
    };
    k.push("omron", omron(150, 95, 80, false));  // during the rest: refused, "wacht nog even"
    k.devices.deliver(k.flow);
    CHECK(k.flow.device_problem() != nullptr);
    CHECK(k.flow.blood_pressure()->readings_taken() == 0);
    k.clock.advance(5min);
    for (double s : {146.0, 140.0, 138.0}) {
        k.push("omron", omron(s, 90, 70, s == 138.0));
        k.devices.deliver(k.flow);
        k.clock.advance(1min);
    }
    CHECK(k.flow.visit().values.at(Measure::Systolic) == 139);
    CHECK(k.flow.visit().irregular_heartbeat);
    CHECK(k.recorder.stored.size() == 3);
}

TEST_CASE("a scanned card on the card screen opens the visit", "[kiosk][devices]") {
    Kiosk k;
    k.flow.start("nl");
    k.flow.confirm_consents();
    devices::Reading card;
    card.device = {"scanner", "", "", ""};
    card.card_code = "7K3QX0PM4";
    k.push("scanner", card);
    k.devices.deliver(k.flow);
    CHECK(k.flow.screen() == FlowScreen::Station);
    CHECK(k.recorder.cards == std::vector<std::string>{"7K3QX0PM4"});
    CHECK(k.devices.device_log().empty());  // a card code is never logged
}
