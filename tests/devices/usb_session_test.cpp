// The USB drivers' dialogues against in-process simulators behind the HidLink interface,
// through the real worker thread and queue: downloads, busy monitor, NAK/retry, unplug
// mid-transfer and reconnect, duplicates after a re-download.
#include "devices/connections.hpp"
#include "devices/sim/hid_simulators.hpp"
#include "fixture.hpp"
#include "worker_fixture.hpp"

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;
using Kind = DeviceEvent::Kind;

namespace {
WorkerTiming fast() { return WorkerTiming{Millis(20), Millis(10), Millis(50)}; }
auto readings_at_least(std::size_t n) {
    return [n](const std::vector<DeviceEvent>& e) { return event_readings(e).size() >= n; };
}
}  // namespace

TEST_CASE("Omron HEM-7322U: nothing until START, then the new record, once") {
    auto sim = std::make_shared<Omron7322Simulator>();
    sim->plug_in();
    ReadingQueue queue;
    DeviceWorker worker("omron", std::make_unique<Omron7322Connection>(sim, Millis(30)), queue,
                        ReadingGate(shipped_plausibility()), fast());
    worker.start();
    auto events = collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Connected) == 1; });
    REQUIRE(count_kind(events, Kind::Connected) == 1);
    // busy: the monitor waits for START; the worker keeps asking, delivers nothing
    events = collect_until(queue, readings_at_least(1), Millis(200));
    CHECK(event_readings(events).empty());

    sim->finish({128, 82, 64, {2026, 3, 2, 9, 15, 0}});
    events = collect_until(queue, readings_at_least(1));
    auto r = event_readings(events);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Systolic) == 128);
    CHECK(value_in(r[0], Measure::Diastolic) == 82);
    CHECK(r[0].device.serial == "SIM0001");

    // a second measurement: the memory now holds both, only the new one is delivered
    sim->finish({140, 90, 70, {2026, 3, 2, 9, 20, 0}});
    events = collect_until(queue, readings_at_least(1));
    r = event_readings(events);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Systolic) == 140);
    worker.stop();
}

// Idle, the worker sends "start" once and waits (the monitor answers when START is pressed),
// blocking instead of asking 5 times a second. stop() ends the wait at once.
TEST_CASE("Omron HEM-7322U: one long wait for START, answered when pressed, stop() ends it") {
    auto sim = std::make_shared<Omron7322Simulator>();
    sim->plug_in();
    ReadingQueue queue;
    DeviceWorker worker("omron", std::make_unique<Omron7322Connection>(sim, Millis(3'600'000)), queue,
                        ReadingGate(shipped_plausibility()), WorkerTiming{Millis(3'600'000), Millis(10), Millis(50)});
    worker.start();
    auto events = collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Connected) == 1; });
    REQUIRE(count_kind(events, Kind::Connected) == 1);
    sim->finish({131, 83, 66, {2026, 3, 2, 9, 15, 0}});
    events = collect_until(queue, readings_at_least(1));
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Systolic) == 131);
    worker.stop();
    CHECK(worker.state() == DeviceState::Stopped);
}

TEST_CASE("Omron HEM-7322U: a corrupted reply is refused, unplug is noticed, replug reconnects") {
    auto sim = std::make_shared<Omron7322Simulator>();
    sim->plug_in();
    ReadingQueue queue;
    DeviceWorker worker("omron", std::make_unique<Omron7322Connection>(sim, Millis(30)), queue,
                        ReadingGate(shipped_plausibility()), fast());
    worker.start();
    sim->corrupt_next_reply();
    sim->finish({128, 82, 64, {2026, 3, 2, 9, 15, 0}});
    auto events = collect_until(queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::ChecksumMismatch) >= 1; });
    CHECK(count_event_errors(events, DeviceErrorCode::ChecksumMismatch) == 1);
    CHECK(event_readings(events).empty());

    sim->unplug();
    events = collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Disconnected) >= 1; });
    CHECK(count_kind(events, Kind::Disconnected) == 1);
    CHECK(worker.state() == DeviceState::Searching);

    sim->plug_in();
    sim->press_start();  // the participant presses START again: the record arrives intact
    events = collect_until(queue, readings_at_least(1));
    CHECK(count_kind(events, Kind::Connected) == 1);
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Pulse) == 64);
    worker.stop();
}

TEST_CASE("Omron 0590:0028: wake-up, count, readings, NO replies are retried") {
    auto sim = std::make_shared<Omron790Simulator>();
    sim->finish({{2024, 5, 14, 10, 37, 5}, 0, 132, 84, 71, 0});
    sim->finish({{2024, 5, 14, 10, 40, 0}, 0, 128, 80, 70, 0x0001});
    sim->busy_replies(2);
    sim->plug_in();
    ReadingQueue queue;
    DeviceWorker worker("omron", std::make_unique<Omron790Connection>(sim, Millis(100)), queue,
                        ReadingGate(shipped_plausibility()), fast());
    worker.start();
    auto events = collect_until(queue, readings_at_least(2));
    auto r = event_readings(events);
    REQUIRE(r.size() == 2);
    CHECK(value_in(r[0], Measure::Systolic) == 132);
    CHECK(value_in(r[1], Measure::Systolic) == 128);
    CHECK(count_event_errors(events, DeviceErrorCode::Busy) == 0);  // retried, not shown
    // a new reading on the monitor is picked up at the next check
    sim->finish({{2024, 5, 14, 11, 0, 0}, 0, 118, 76, 66, 0});
    events = collect_until(queue, readings_at_least(1));
    REQUIRE(event_readings(events).size() == 1);
    CHECK(value_in(event_readings(events)[0], Measure::Systolic) == 118);
    worker.stop();
}

TEST_CASE("Contour: a NAKed frame is repeated, control solution refused, replug does not duplicate") {
    ContourMeter meter;
    meter.mmol = false;
    auto sim = std::make_shared<ContourSimulator>(meter);
    sim->add_result({108, "", {2024, 5, 14, 10, 37, 0}});
    sim->add_result({99, "C", {2024, 5, 14, 10, 40, 0}});
    sim->corrupt_frame_once(2);  // the first result frame
    sim->plug_in();
    ReadingQueue queue;
    DeviceWorker worker("contour", std::make_unique<ContourConnection>(sim), queue, ReadingGate(shipped_plausibility()),
                        fast());
    worker.start();
    auto events = collect_until(queue, [](const auto& e) { return count_event_errors(e, DeviceErrorCode::ControlSolution) >= 1; });
    auto r = event_readings(events);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Glucose) == Approx(6.0));
    CHECK(r[0].device.serial == "7390-2336773");
    CHECK(sim->naks_received() == 1);
    CHECK(count_event_errors(events, DeviceErrorCode::ChecksumMismatch) == 0);

    // unplug and plug back in with one new result: only the new one arrives
    sim->unplug();
    collect_until(queue, [](const auto& e) { return count_kind(e, Kind::Disconnected) >= 1; });
    sim->add_result({180, "", {2024, 5, 15, 8, 0, 0}});
    sim->plug_in();
    events = collect_until(queue, readings_at_least(1));
    for (auto& e : collect_until(queue, readings_at_least(99), Millis(200))) events.push_back(std::move(e));  // and nothing more
    r = event_readings(events);
    REQUIRE(r.size() == 1);
    CHECK(count_event_errors(events, DeviceErrorCode::ControlSolution) == 0);  // already reported once
    CHECK(value_in(r[0], Measure::Glucose) == Approx(10.0));
    worker.stop();
}

TEST_CASE("Queue: the wake-up callback runs per event and the kiosk time is stamped") {
    const auto kiosk_time = std::chrono::system_clock::time_point(std::chrono::hours(24 * 365 * 56));
    ReadingQueue queue([&] { return kiosk_time; });
    std::atomic<int> wakes{0};
    queue.set_wake_up([&] { ++wakes; });
    Reading r;
    r.device_time = DeviceTime{2019, 1, 1, 0, 0, 0};  // a meter whose clock was never set
    queue.push(DeviceEvent{"contour", Kind::Result, DecodeResult{r}, {}, {}});
    queue.push(DeviceEvent{"contour", Kind::Disconnected, std::nullopt, {}, {}});
    CHECK(wakes == 2);
    auto events = queue.drain();
    REQUIRE(events.size() == 2);
    CHECK(events[0].received_at == kiosk_time);
    CHECK(event_readings(events).at(0).device_time.value_or(DeviceTime{}).year == 2019);
    CHECK(queue.drain().empty());
}
