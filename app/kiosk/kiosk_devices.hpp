#pragma once
// The kiosk's devices: the real ones (discovery + a DeviceWorker each; a hotplug event — libusb
// for USB, udev for serial ttys — makes a rescan that picks up a device plugged in later and
// wakes the workers, which reconnect after an unplug; without libusb hotplug a rescan every
// 2 s) or,
// in demo mode, DemoDevices. Results come through one ReadingQueue whose wake-up pushes an SDL
// user event; the UI thread drains it and hands each result to the participant flow:
// a reading becomes a value of the participant at the matching station, anything else
// (device error, garbled frame, QC result, implausible value) is never stored: the participant
// sees "meet opnieuw" and the raw bytes go to the device log.
#include "core/flow/participant_flow.hpp"
#include "devices/discovery.hpp"
#include "devices/filter.hpp"
#include "devices/hotplug.hpp"
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
// raw bytes. Kept in memory for the host and saved to the encrypted store (save_log); never
// written to the journal (raw frames hold values).
struct DeviceLogEntry {
    std::string device;
    std::string event;  // "reading", "checksum_mismatch", "control_solution", ...
    std::string raw_hex;
    std::chrono::system_clock::time_point at;
    devices::Bytes raw;
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
    // UI thread, after deliver(): the entries not saved yet (all but readings, which are stored
    // with their measurement) go to `save` (one store call);
    // when it fails they stay for the next try (bounded like the in-memory log).
    void save_log(const std::function<bool(const std::vector<DeviceLogEntry>&)>& save);
    // Latency of the last reading from hand-over by the worker to the flow (benchmark figure).
    std::chrono::microseconds last_delivery_latency() const { return m_last_latency; }
    devices::ReadingQueue& queue() { return m_queue; }

private:
    void rescan();
    void on_hotplug(const devices::HotplugEvent& event);
    void log_event(const std::string& device, std::string event, const devices::Bytes& raw);
    void handle(const devices::DeviceEvent& event, ParticipantFlow& flow);

    std::vector<devices::DeviceProfile> m_profiles;
    devices::Plausibility m_plausibility;
    devices::ReadingQueue m_queue;
    std::unique_ptr<devices::DemoDevices> m_demo;

    mutable std::mutex m_mutex;  // m_workers, m_log
    std::vector<std::pair<std::string, std::unique_ptr<devices::DeviceWorker>>> m_workers;  // key: profile id + node
    std::deque<DeviceLogEntry> m_log;
    std::vector<DeviceLogEntry> m_unsaved;
    std::unique_ptr<devices::HotplugWatcher> m_hotplug;
    std::chrono::microseconds m_last_latency{0};
    std::string m_scale_sent;  // which participant's data the scale has (card + values)
};

// The flow's view of a reading: values and where they came from.
std::vector<std::pair<Measure, double>> reading_values(const devices::Reading& reading);
MeasurementOrigin reading_origin(const devices::Reading& reading);
using devices::hex_bytes;

}  // namespace gc::kiosk
