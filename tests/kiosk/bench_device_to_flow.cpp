// bench_device_to_flow: time from the last byte of a Tanita frame written into the demo PTY to
// the participant's weight in the flow, through the real path the kiosk uses: termios driver,
// worker thread, gate, ReadingQueue, wake-up, KioskDevices::deliver on the "UI" thread (the
// kiosk calls deliver at the start of the frame it then draws, so the value is on screen one
// frame later). Prints "name=value unit" lines; never fails on speed.
#include "../core/no_recorder.hpp"
#include "core/flow/participant_flow.hpp"
#include "kiosk/kiosk_devices.hpp"
#include "runtime/text_file.hpp"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <mutex>
#include <unistd.h>

using namespace gc;
using BenchClock = std::chrono::steady_clock;

namespace {

std::string asset(const std::string& relative) {
    return read_text_file(std::string(GC_TEST_SOURCE_DIR) + "/assets/" + relative).value_or("");
}

}  // namespace

int main() {
    char tmpl[] = "/tmp/gc-bench-flow-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    const Circuit circuit = parse_circuit(asset("stations/circuit.toml"), "circuit.toml");
    SteadyClock clock;
    test::NoRecorder recorder;
    ParticipantFlow flow(circuit, clock, recorder);
    flow.start("nl");
    flow.confirm_consents();
    flow.enter_card("BENCH");
    while (flow.current_station().id != "body") flow.next();

    auto plausibility = devices::Plausibility::from_toml(asset("devices/plausibility.toml"));
    std::vector<double> ms;
    {
        kiosk::KioskDevices hub({}, std::get<devices::Plausibility>(plausibility), dir + "/devices");
        std::mutex mutex;
        std::condition_variable woken;
        bool wake = false;
        hub.start([&] {
            std::lock_guard lock(mutex);
            wake = true;
            woken.notify_one();
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(300));  // workers open the PTYs
        for (int i = 0; i < 30; ++i) {
            devices::TanitaMeasurement m;
            m.weight_kg = 70.0 + 0.1 * i;  // a new value each time (duplicates are dropped)
            hub.demo()->tanita_measures(m);
            const auto last_byte = BenchClock::now();
            const auto deadline = last_byte + std::chrono::seconds(3);
            bool arrived = false;
            while (!arrived && BenchClock::now() < deadline) {
                std::unique_lock lock(mutex);
                woken.wait_until(lock, deadline, [&] { return wake; });
                wake = false;
                lock.unlock();
                hub.deliver(flow);  // the UI thread's step at the start of a frame
                auto it = flow.visit().values.find(Measure::Weight);
                arrived = it != flow.visit().values.end() && std::abs(it->second - (m.weight_kg - 1.0)) < 1e-6;
            }
            if (arrived) ms.push_back(std::chrono::duration<double, std::milli>(BenchClock::now() - last_byte).count());
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        hub.stop();
    }
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
    if (ms.empty()) {
        std::printf("device_frame_to_flow_samples=0 count\n");
        return 0;
    }
    std::sort(ms.begin(), ms.end());
    std::printf("device_frame_to_flow_median=%.3f ms\ndevice_frame_to_flow_p95=%.3f ms\ndevice_frame_to_flow_max=%.3f ms\n"
                "device_frame_to_flow_samples=%zu count\n",
                ms[ms.size() / 2], ms[ms.size() * 95 / 100], ms.back(), ms.size());
    return 0;
}
