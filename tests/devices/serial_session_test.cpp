// Serial drivers on PTY simulators through termios and the worker: push frames, PC mode,
// truncation + timeout, unplug (hangup) and reconnect behind the same link.
#include "devices/connections.hpp"
#include "devices/protocol/text.hpp"
#include "devices/scanner/scanner.hpp"
#include "devices/sim/demo_devices.hpp"
#include "devices/sim/pty_device.hpp"
#include "devices/sim/tanita_sim.hpp"
#include "devices/transport/serial_port.hpp"
#include "fixture.hpp"
#include "worker_fixture.hpp"

#include <catch2/catch.hpp>
#include <map>
#include <thread>
#include <unistd.h>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;
using Kind = DeviceEvent::Kind;

namespace {
std::string temp_dir() {
    char tmpl[] = "/tmp/gc-devices-XXXXXX";
    const char* dir = mkdtemp(tmpl);
    REQUIRE(dir != nullptr);
    return dir;
}
WorkerTiming fast() { return WorkerTiming{Millis(20), Millis(10), Millis(50)}; }

struct TanitaBench {
    std::string dir = temp_dir();
    TanitaSimulator sim{dir + "/tanita"};
    ReadingQueue queue;
    std::unique_ptr<DeviceWorker> worker;
    explicit TanitaBench(Millis frame_timeout = Millis(300), WorkerTiming timing = fast()) {
        REQUIRE(sim.plug_in());
        worker = std::make_unique<DeviceWorker>(
            "tanita",
            std::make_unique<StreamConnection>(std::make_shared<SerialPort>(dir + "/tanita", SerialFormat{}),
                                               make_driver("tanita"), frame_timeout),
            queue, ReadingGate(shipped_plausibility()), timing);
        worker->start();
        auto ev = collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Connected) >= 1; });
        REQUIRE(count_kind(ev, Kind::Connected) == 1);
    }
    ~TanitaBench() {
        worker->stop();
        sim.unplug();
        rmdir(dir.c_str());
    }
};
}  // namespace

TEST_CASE("Tanita on a PTY: a pushed frame arrives through termios, chunked or whole") {
    TanitaBench bench;
    TanitaMeasurement m;
    m.weight_kg = 77.7;
    bench.sim.measure(m);
    auto events = collect_until(bench.queue, [](const auto& e) { return !event_readings(e).empty(); });
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Weight) == Approx(77.7));

    // the real SC-330 frame in 3-byte chunks with pauses, plus garbage before it
    const Bytes frame = fixture("tanita_sc330.bin");
    bench.sim.write(to_bytes("\x7f\x7f"));
    for (std::size_t pos = 0; pos < frame.size(); pos += 3) {
        bench.sim.write(Bytes(frame.begin() + static_cast<std::ptrdiff_t>(pos),
                              frame.begin() + static_cast<std::ptrdiff_t>(std::min(pos + 3, frame.size()))));
        if (pos % 60 == 0) std::this_thread::sleep_for(Millis(2));
    }
    events = collect_until(bench.queue, [](const auto& e) { return !event_readings(e).empty(); });
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Weight) == Approx(89.2));
}

TEST_CASE("Tanita on a PTY: PC-mode commands from the kiosk, device errors, truncation") {
    TanitaBench bench(Millis(150));
    TanitaMeasurement next;
    next.weight_kg = 64.0;
    bench.sim.set_next_result(next);
    bench.worker->send(tanita_command_sex(Sex::Female));
    bench.worker->send(tanita_command_height(158.0));
    bench.worker->send(tanita_command_age(61));
    bench.worker->send(tanita_command_start());
    auto events = collect_until(bench.queue, [](const auto& e) { return !event_readings(e).empty(); });
    REQUIRE(event_readings(events).size() == 1);
    const Reading r = event_readings(events)[0];
    CHECK(value_in(r, Measure::Height) == Approx(158.0));  // the height the kiosk sent
    CHECK(value_in(r, Measure::Weight) == Approx(64.0));

    bench.sim.fail_next("E16");
    bench.worker->send(tanita_command_start());
    events = collect_until(bench.queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::SteppedOff) >= 1; });
    CHECK(count_event_errors(events, DeviceErrorCode::SteppedOff) == 1);

    bench.worker->send(tanita_command_height(300.0));
    events = collect_until(bench.queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::CommandRejected) >= 1; });
    CHECK(count_event_errors(events, DeviceErrorCode::CommandRejected) == 1);

    // half a frame, then silence: reported as truncated after the frame timeout
    const Bytes frame = fixture("tanita_sc330.bin");
    bench.sim.write(Bytes(frame.begin(), frame.begin() + 120));
    events = collect_until(bench.queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::Truncated) >= 1; });
    CHECK(count_event_errors(events, DeviceErrorCode::Truncated) == 1);
}

// Idle, a worker blocks on its port instead of polling it. Even with an hour-long wait a
// command goes out at once (wake), a half frame is reported after the frame timeout and stop()
// returns (ctest's timeout would fail a worker that slept through them).
TEST_CASE("Tanita on a PTY: a worker blocking on its port still sends, reports truncation and stops") {
    TanitaBench bench(Millis(150), WorkerTiming{Millis(3'600'000), Millis(10), Millis(50)});
    TanitaMeasurement next;
    next.weight_kg = 71.5;
    bench.sim.set_next_result(next);
    bench.worker->send(tanita_command_start());
    auto events = collect_until(bench.queue, [](const auto& e) { return !event_readings(e).empty(); });
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Weight) == Approx(71.5));

    const Bytes frame = fixture("tanita_sc330.bin");
    bench.sim.write(Bytes(frame.begin(), frame.begin() + 120));
    events = collect_until(bench.queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::Truncated) >= 1; });
    CHECK(count_event_errors(events, DeviceErrorCode::Truncated) == 1);
    bench.worker->stop();
    CHECK(bench.worker->state() == DeviceState::Stopped);
}

TEST_CASE("serial port: wake() ends a long read at once, data after it is still read") {
    const std::string dir = temp_dir();
    PtyDevice device(dir + "/port");
    REQUIRE(device.plug_in());
    SerialPort port(dir + "/port", SerialFormat{});
    REQUIRE(port.open());
    std::thread waker([&] { port.wake(); });
    Bytes data;
    CHECK(port.read(data, Millis(3'600'000)) == IoStatus::Timeout);
    waker.join();
    CHECK(data.empty());
    REQUIRE(device.write({'A', 'B', '\r'}));
    CHECK(port.read(data, Millis(5000)) == IoStatus::Ok);
    CHECK(data.front() == 'A');
    port.close();
    device.unplug();
    rmdir(dir.c_str());
}

TEST_CASE("Tanita on a PTY: unplug mid-frame is noticed, replug behind the same link reconnects") {
    TanitaBench bench;
    const Bytes frame = fixture("tanita_sc330.bin");
    bench.sim.write(Bytes(frame.begin(), frame.begin() + 50));
    std::this_thread::sleep_for(Millis(30));
    bench.sim.unplug();
    auto events = collect_until(bench.queue, [](const auto& e) { return count_kind(e, Kind::Disconnected) >= 1; });
    CHECK(count_kind(events, Kind::Disconnected) == 1);
    CHECK(count_event_errors(events, DeviceErrorCode::Truncated) == 1);  // the half frame goes to the log

    REQUIRE(bench.sim.plug_in());
    events = collect_until(bench.queue, [](const auto& e) { return count_kind(e, Kind::Connected) >= 1; });
    REQUIRE(count_kind(events, Kind::Connected) == 1);
    bench.sim.write(frame);
    events = collect_until(bench.queue, [](const auto& e) { return !event_readings(e).empty(); });
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Weight) == Approx(89.2));
}

TEST_CASE("Demo device set: the control panel actions arrive as readings") {
    const std::string dir = temp_dir();
    ReadingQueue queue;
    std::atomic<int> wakes{0};
    queue.set_wake_up([&] { ++wakes; });
    {
        DemoDevices demo(queue, shipped_plausibility(), dir + "/pty");
        REQUIRE(demo.start());
        collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Connected) >= 4; });
        for (const auto& s : demo.status()) CHECK(s.state == DeviceState::Connected);

        TanitaMeasurement m;
        m.weight_kg = 81.5;
        demo.tanita_measures(m);
        demo.omron_finishes(135, 85, 72);
        demo.meter_plugged_in(5.8);
        demo.scan_card("7K3QX0PM4");
        auto events = collect_until(queue, [](const auto& e) { return event_readings(e).size() >= 4; }, Millis(8000));
        auto r = event_readings(events);
        REQUIRE(r.size() == 4);
        std::map<std::string, Reading> by_driver;
        for (const auto& reading : r) by_driver[reading.device.driver] = reading;
        CHECK(value_in(by_driver["tanita"], Measure::Weight) == Approx(81.5));
        CHECK(value_in(by_driver["omron-7322"], Measure::Systolic) == 135);
        CHECK(value_in(by_driver["contour"], Measure::Glucose) == Approx(5.8));
        CHECK(by_driver["scanner"].card_code.value_or("") == "7K3QX0PM4");
        CHECK(wakes >= 8);

        REQUIRE(demo.unplug("tanita"));
        events = collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Disconnected) >= 1; });
        REQUIRE(count_kind(events, Kind::Disconnected) == 1);
        CHECK(events.back().device == "tanita");
        demo.stop();
    }
    rmdir((dir + "/pty").c_str());
    rmdir(dir.c_str());
}
