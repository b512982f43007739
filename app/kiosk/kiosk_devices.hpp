#pragma once
// The kiosk's devices: the real ones (discovery + a DeviceWorker each; a rescan every few
// seconds picks up a device plugged in later, and the workers reconnect after an unplug) or,
// in demo mode, DemoDevices. Results come through one ReadingQueue whose wake-up pushes an SDL
// user event; the UI thread drains it and hands each result to the participant flow:
// a reading becomes a value of the participant at the matching station, anything else
// (device error, garbled frame, QC result, implausible value) is never stored: the participant
// sees "meet opnieuw" and the raw bytes go to the device log.
#include "core/flow/participant_flow.hpp"
#include "devices/discovery.hpp"
#include "devices/filter.hpp"
#include "devices/reading_queue.hpp"
#include "devices/sim/demo_devices.hpp"
#include "devices/worker.hpp"

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace gc::kiosk {

// One line of the device log: what a device sent that was not stored (and what was), with the
// raw bytes in hex. Kept in memory for the host; never written to the journal (raw frames hold
// values).
struct DeviceLogEntry {
    std::string device;
    std::string event;  // "reading", "checksum_mismatch", "control_solution", ...
    std::string raw_hex;
    std::chrono::system_clock::time_point at;
};

class KioskDevices {
public:
    // demo_dir empty: real devices from the profiles; else DemoDevices with PTYs under demo_dir.
    KioskDevices(std::vector<devices::DeviceProfile> profiles, devices::Plausibility plausibility, std::string demo_dir);
    ~KioskDevices();
    KioskDevices(const KioskDevices&) = delete;
    KioskDevices& operator=(const KioskDevices&) = delete;

    void start(std::function<void()> wake);
    void stop();

    // UI thread: every pending result to the flow. Returns how many events were handled.
    std::size_t deliver(ParticipantFlow& flow);

    // Commands to a device by id (Tanita PC mode: sex, age, height, then start).
    void send(const std::string& device, const std::vector<devices::Bytes>& commands);
    // The flow is at a PC-mode scale's station and all personal data is known: send it once.
    void send_scale_personal_data(const ParticipantFlow& flow, int year);

    std::vector<devices::DeviceStatus> status() const;  // one row per known device id
    devices::DemoDevices* demo() { return m_demo.get(); }
    std::vector<DeviceLogEntry> device_log() const;
    // Latency of the last reading from hand-over by the worker to the flow (benchmark figure).
    std::chrono::microseconds last_delivery_latency() const { return m_last_latency; }
    devices::ReadingQueue& queue() { return m_queue; }

private:
    void rescan();
    void log_event(const std::string& device, std::string event, const devices::Bytes& raw);
    void handle(const devices::DeviceEvent& event, ParticipantFlow& flow);

    std::vector<devices::DeviceProfile> m_profiles;
    devices::Plausibility m_plausibility;
    devices::ReadingQueue m_queue;
    std::unique_ptr<devices::DemoDevices> m_demo;

    mutable std::mutex m_mutex;  // m_workers, m_log
    std::vector<std::pair<std::string, std::unique_ptr<devices::DeviceWorker>>> m_workers;  // key: profile id + node
    std::deque<DeviceLogEntry> m_log;
    std::atomic<bool> m_running{false};
    std::thread m_scanner;
    std::chrono::microseconds m_last_latency{0};
    std::string m_scale_sent;  // which participant's data the scale has (card + values)
};

// The flow's view of a reading: values and where they came from.
std::vector<std::pair<Measure, double>> reading_values(const devices::Reading& reading);
MeasurementOrigin reading_origin(const devices::Reading& reading);
std::string hex_bytes(const devices::Bytes& bytes);

}  // namespace gc::kiosk
