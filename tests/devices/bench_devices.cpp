// bench_devices: time from the last byte of a frame written by a device to the decoded
// reading taken out of the ReadingQueue, through the real path (PTY/termios or in-process
// USB, worker thread, gate, queue). Prints "name=value unit" lines; never fails on speed.
#include "devices/connections.hpp"
#include "devices/sim/hid_simulators.hpp"
#include "devices/sim/tanita_sim.hpp"
#include "devices/transport/serial_port.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace gc;
using namespace gc::devices;
using BenchClock = std::chrono::steady_clock;

namespace {

Plausibility plausibility() {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/devices/plausibility.toml");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = Plausibility::from_toml(text.str());
    return std::holds_alternative<Plausibility>(parsed) ? std::get<Plausibility>(parsed) : Plausibility();
}

// Waits for the next reading; returns its hand-over time.
std::optional<BenchClock::time_point> next_reading(ReadingQueue& queue) {
    const auto deadline = BenchClock::now() + std::chrono::seconds(5);
    while (BenchClock::now() < deadline)
        for (auto& e : queue.wait(Millis(50)))
            if (e.result && as_reading(*e.result)) return e.received_steady;
    return std::nullopt;
}

void report(const char* name, std::vector<double> ms) {
    if (ms.empty()) {
        std::printf("%s_samples=0 count\n", name);
        return;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%s_median=%.3f ms\n%s_p95=%.3f ms\n%s_max=%.3f ms\n%s_samples=%zu count\n", name, ms[ms.size() / 2], name,
                ms[ms.size() * 95 / 100], name, ms.back(), name, ms.size());
}

double ms_since(BenchClock::time_point t0, BenchClock::time_point t1) {
    return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

}  // namespace

int main() {
    constexpr int kFrames = 40;
    char tmpl[] = "/tmp/gc-bench-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    {
        TanitaSimulator sim(dir + "/tanita");
        sim.plug_in();
        ReadingQueue queue;
        DeviceWorker worker("tanita",
                            std::make_unique<StreamConnection>(std::make_shared<SerialPort>(dir + "/tanita", SerialFormat{}),
                                                               make_driver("tanita")),
                            queue, ReadingGate(plausibility()));
        worker.start();
        queue.wait(Millis(2000));  // Connected
        std::vector<double> latency;
        std::size_t frame_bytes = 0;
        for (int i = 0; i < kFrames; ++i) {
            TanitaMeasurement m;
            m.weight_kg = 60.0 + i * 0.5;  // distinct values: nothing is a duplicate
            m.time.minute = i % 60;
            const Bytes frame = encode_tanita_frame(tanita_sc330_pairs(m));
            frame_bytes = frame.size();
            sim.write(Bytes(frame.begin(), frame.end() - 1));
            const auto last_byte = BenchClock::now();
            sim.write(Bytes{frame.back()});
            if (auto t = next_reading(queue)) latency.push_back(ms_since(last_byte, *t));
        }
        worker.stop();
        report("tanita_pty_last_byte_to_queue", latency);
        // the budget of the issue: one frame on the wire (9600 8N1 = 10 bits per byte) + 20 ms
        std::printf("tanita_frame_on_wire_9600=%.1f ms\n", static_cast<double>(frame_bytes) * 10.0 / 9.6);
    }
    {
        auto sim = std::make_shared<ContourSimulator>();
        ReadingQueue queue;
        DeviceWorker worker("contour", std::make_unique<ContourConnection>(sim), queue, ReadingGate(plausibility()),
                            WorkerTiming{Millis(20), Millis(5), Millis(20)});
        worker.start();
        std::vector<double> latency;
        for (int i = 0; i < kFrames / 4; ++i) {
            sim->add_result({5.0 + i * 0.1, "", {2026, 1, 1, 9, i, 0}});
            sim->plug_in();
            // from the moment the worker has the meter open to its new reading in the queue:
            // the whole EOT/ENQ/ACK/frames dialogue is inside this figure
            std::optional<BenchClock::time_point> connected;
            const auto deadline = BenchClock::now() + std::chrono::seconds(5);
            bool done = false;
            while (!done && BenchClock::now() < deadline)
                for (auto& e : queue.wait(Millis(50))) {
                    if (e.kind == DeviceEvent::Kind::Connected) connected = e.received_steady;
                    if (connected && e.result && as_reading(*e.result)) {
                        latency.push_back(ms_since(*connected, e.received_steady));
                        done = true;
                    }
                }
            sim->unplug();
            while (worker.state() == DeviceState::Connected) std::this_thread::sleep_for(Millis(1));
        }
        worker.stop();
        report("contour_connected_to_reading", latency);
    }
    rmdir(dir.c_str());
    return 0;
}
