// The device log reaches the encrypted store: a garbled transmission through the real Tanita
// driver is never a measurement, but its raw bytes are in the store's device log; when the
// store refuses the log, the entries stay in memory and are saved on the next try.
#include "../store/store_test_support.hpp"
#include "core/flow/participant_flow.hpp"
#include "devices/driver.hpp"
#include "kiosk/kiosk_devices.hpp"
#include "kiosk/store_device_log.hpp"
#include "kiosk/store_visit_recorder.hpp"
#include "runtime/text_file.hpp"

using namespace gc;
using namespace gc::store::test;

namespace {

std::string source_file(const std::string& relative) {
    auto text = read_text_file(std::string(GC_TEST_SOURCE_DIR) + "/" + relative);
    REQUIRE(text.has_value());
    return *text;
}

devices::Plausibility plausibility() {
    return std::get<devices::Plausibility>(devices::Plausibility::from_toml(source_file("assets/devices/plausibility.toml")));
}

// Bytes as they came from the port, through the real driver, handed over like a worker does.
void from_port(kiosk::KioskDevices& devices, const std::string& device, const std::string& driver,
               const devices::Bytes& bytes) {
    auto d = devices::make_driver(driver);
    REQUIRE(d);
    auto results = d->feed(bytes);
    for (auto& r : d->flush()) results.push_back(std::move(r));
    REQUIRE_FALSE(results.empty());
    for (auto& r : results) {
        devices::DeviceEvent e;
        e.device = device;
        e.result = std::move(r);
        e.received_steady = std::chrono::steady_clock::now();
        devices.queue().push(std::move(e));
    }
}

devices::Bytes fixture(const std::string& name) {
    const auto text = source_file("tests/fixtures/devices/" + name);
    return devices::Bytes(text.begin(), text.end());
}

}  // namespace

TEST_CASE("a garbled frame is in the store's device log with its raw bytes, and no measurement is stored",
          "[kiosk][devices][store]") {
    store::Store s = open_fast(fresh_dir("kiosk_device_log") / "kiosk.db");
    const auto session = require_ok(s.start_session({"2026-11-22", "buurthuis", store::GroupType::Mixed, "test", {}}));
    const auto participant = require_ok(s.register_participant(store::ParticipantInfo{}));
    kiosk::StoreVisitRecorder recorder(s, session, [](store::VisitId, const std::string&) { return Outcome::success(); });
    const Circuit circuit = parse_circuit(source_file("assets/stations/circuit.toml"), "circuit.toml");
    ManualClock clock;
    ParticipantFlow flow{circuit, clock, recorder};
    kiosk::KioskDevices devices{{}, plausibility(), ""};
    flow.start("nl");
    flow.confirm_consents();
    REQUIRE(flow.enter_card(participant.card_code).ok);
    while (flow.current_station().id != "body") flow.next();

    const devices::Bytes broken = fixture("tanita_mc780_broken.bin");
    const devices::Bytes garbage = {'{', '0', ',', '1', '6', ',', '~', 0x00, 0xff, '\r', '\n'};
    from_port(devices, "tanita", "tanita", broken);
    from_port(devices, "tanita", "tanita", garbage);
    devices.deliver(flow);
    devices.save_log([&](const auto& entries) { return kiosk::save_device_log(s, entries); });

    CHECK(flow.device_problem() != nullptr);  // "meet opnieuw"
    const auto visits = require_ok(s.visits_of(participant.id));
    REQUIRE(visits.size() == 1);
    CHECK(require_ok(s.measurements_of(visits[0].id)).empty());
    const auto log = require_ok(s.device_log());
    REQUIRE(log.size() == 2);
    CHECK(log[0].device == "tanita");
    CHECK(log[0].event == "checksum_mismatch");
    // The whole frame as it came from the port (without the line end the framer takes off).
    REQUIRE(log[0].raw.size() >= broken.size() - 2);
    CHECK(std::equal(log[0].raw.begin(), log[0].raw.end(), broken.begin()));
    CHECK(log[1].event == "garbled");
    CHECK(log[1].raw == devices::Bytes(garbage.begin(), garbage.end() - 2));
    // Saved once: the next save has nothing new.
    devices.save_log([&](const auto& entries) { return kiosk::save_device_log(s, entries); });
    CHECK(require_ok(s.device_log()).size() == 2);
    CHECK(kiosk::stored_device_log(s, 1).at(0).raw_hex == devices::hex_bytes(log[1].raw));
}

TEST_CASE("device log entries the store refused stay in memory and are saved on the next try", "[kiosk][devices][store]") {
    store::Store s = open_fast(fresh_dir("kiosk_device_log_retry") / "kiosk.db");
    kiosk::KioskDevices devices{{}, plausibility(), ""};
    const Circuit circuit = parse_circuit(source_file("assets/stations/circuit.toml"), "circuit.toml");
    ManualClock clock;
    kiosk::StoreVisitRecorder recorder(s, store::SessionId{1}, [](store::VisitId, const std::string&) { return Outcome::success(); });
    ParticipantFlow flow{circuit, clock, recorder};
    from_port(devices, "tanita", "tanita", fixture("tanita_mc780_broken.bin"));
    devices.deliver(flow);
    std::size_t offered = 0;
    devices.save_log([&](const auto& entries) {
        offered = entries.size();
        return false;  // the disk is full
    });
    CHECK(offered == 1);
    CHECK(require_ok(s.device_log()).empty());
    devices.save_log([&](const auto& entries) { return kiosk::save_device_log(s, entries); });
    const auto log = require_ok(s.device_log());
    REQUIRE(log.size() == 1);
    CHECK(log[0].event == "checksum_mismatch");
}
