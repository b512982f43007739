#include "kiosk/kiosk_devices.hpp"

#include "devices/device_set.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <set>

namespace gc::kiosk {
namespace {

constexpr std::size_t kLogEntries = 500;
constexpr Millis kFallbackRescan{2000};  // only where libusb has no hotplug

// One worker per physical device: a USB device by its serial number (its bus node changes on
// every replug), a serial one by its stable /dev/serial/by-id path.
std::string worker_key(const devices::FoundDevice& found) {
    const auto& p = *found.profile;
    return p.id + "@" + (p.transport == "usb" ? "usb:" + found.serial : devices::stable_serial_path(found.node));
}

bool irregular(const devices::Reading& r) {
    return std::any_of(r.extra.begin(), r.extra.end(),
                       [](const auto& kv) { return kv.first == "irregular_heartbeat" && kv.second == "1"; });
}

}  // namespace

std::vector<std::pair<Measure, double>> reading_values(const devices::Reading& reading) {
    std::vector<std::pair<Measure, double>> out;
    for (const auto& v : reading.values) out.emplace_back(v.measure, v.value);
    return out;
}

MeasurementOrigin reading_origin(const devices::Reading& reading) {
    return MeasurementOrigin{reading.device.model.empty() ? reading.device.driver : reading.device.model,
                             reading.device.serial, reading.raw};
}


KioskDevices::KioskDevices(std::vector<devices::DeviceProfile> profiles, devices::Plausibility plausibility,
                           std::string demo_dir)
    : m_profiles(std::move(profiles)), m_plausibility(std::move(plausibility)) {
    if (!demo_dir.empty()) m_demo = std::make_unique<devices::DemoDevices>(m_queue, m_plausibility, demo_dir);
}

KioskDevices::~KioskDevices() { stop(); }

void KioskDevices::start(std::function<void()> wake) {
    m_queue.set_wake_up(std::move(wake));
    if (m_demo) {
        if (!m_demo->start()) spdlog::warn("demo devices: a simulator could not be plugged in");
        return;
    }
    rescan();
    m_hotplug = std::make_unique<devices::HotplugWatcher>([this](const auto& e) { on_hotplug(e); }, kFallbackRescan);
    m_hotplug->start();
    if (!m_hotplug->usb_hotplug()) spdlog::info("devices: no libusb hotplug, rescanning every 2 s");
}

void KioskDevices::stop() {
    if (m_hotplug) m_hotplug->stop();
    m_hotplug.reset();
    std::lock_guard lock(m_mutex);
    for (auto& [key, worker] : m_workers) worker->stop();
    m_workers.clear();
    if (m_demo) m_demo->stop();
}

// A device plugged in after start: found by the next scan, given its worker. A device that
// went away keeps its worker, which reports Disconnected and reconnects when it is back.
void KioskDevices::rescan() {
    for (const auto& found : devices::discover_devices(m_profiles)) {
        const std::string key = worker_key(found);
        std::lock_guard lock(m_mutex);
        const bool known = std::any_of(m_workers.begin(), m_workers.end(), [&](const auto& w) { return w.first == key; });
        if (known) continue;
        devices::DriverOptions options;
        options.warn = [id = found.profile->id](std::string_view event) { spdlog::warn("device {}: {}", id, event); };
        auto connection = devices::make_connection(found, options);
        if (!connection) continue;
        auto worker = std::make_unique<devices::DeviceWorker>(found.profile->id, std::move(connection), m_queue,
                                                              devices::ReadingGate(m_plausibility));
        worker->start();
        spdlog::info("device {} found at {}", found.profile->id, found.node);
        m_workers.emplace_back(key, std::move(worker));
    }
}

// Watcher thread. Something arrived: new devices get a worker, known ones retry at once
// instead of at the end of their backoff. Something left: the workers notice it on their
// port; waking them makes sure. Never a device's data in the journal, only its kind.
void KioskDevices::on_hotplug(const devices::HotplugEvent& event) {
    spdlog::info("devices: {} {} {:04x}:{:04x}", event.subsystem, devices::hotplug_kind_name(event.kind), event.vendor,
                 event.product);
    if (event.kind != devices::HotplugEvent::Kind::Left) rescan();
    std::lock_guard lock(m_mutex);
    for (auto& [key, worker] : m_workers) worker->wake();
}

void KioskDevices::send(const std::string& device, const std::vector<devices::Bytes>& commands) {
    for (const auto& c : commands) {
        if (m_demo) {
            m_demo->send(device, c);
            continue;
        }
        std::lock_guard lock(m_mutex);
        for (auto& [key, worker] : m_workers)
            if (worker->id() == device) worker->send(c);
    }
}

void KioskDevices::send_scale_personal_data(const ParticipantFlow& flow, int year) {
    auto data = flow.scale_personal_data(year);
    if (!data) {
        if (flow.visit().card_code.empty()) m_scale_sent.clear();
        return;
    }
    const std::string key = flow.visit().card_code + "/" + std::to_string(data->age) + "/" + std::to_string(data->height_cm);
    if (key == m_scale_sent) return;
    m_scale_sent = key;
    for (const auto& id : flow.current_station().devices) {
        send(id, devices::tanita_personal_data_commands(data->sex, data->age, data->height_cm));
        spdlog::info("device {}: personal data sent for PC mode", id);
    }
}

std::vector<devices::DeviceStatus> KioskDevices::status() const {
    if (m_demo) return m_demo->status();
    std::vector<devices::DeviceStatus> out;
    std::lock_guard lock(m_mutex);
    std::set<std::string> ids;
    for (const auto& p : m_profiles) {
        if (!ids.insert(p.id).second) continue;
        devices::DeviceStatus row{p.id, p.driver, "", devices::DeviceState::Stopped};
        for (const auto& [key, worker] : m_workers) {
            if (worker->id() != p.id) continue;
            if (row.state != devices::DeviceState::Connected) {
                row.state = worker->state();
                row.transport = worker->describe();
            }
        }
        out.push_back(row);
    }
    return out;
}

void KioskDevices::log_event(const std::string& device, std::string event, const devices::Bytes& raw) {
    std::lock_guard lock(m_mutex);
    m_log.push_back({device, std::move(event), hex_bytes(raw), std::chrono::system_clock::now(), raw});
    while (m_log.size() > kLogEntries) m_log.pop_front();
    if (m_log.back().event == "reading") return;  // stored with its measurement, not in the store's log
    if (m_unsaved.size() >= kLogEntries) m_unsaved.erase(m_unsaved.begin());
    m_unsaved.push_back(m_log.back());
}

void KioskDevices::save_log(const std::function<bool(const std::vector<DeviceLogEntry>&)>& save) {
    std::vector<DeviceLogEntry> batch;
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_unsaved);
    }
    if (batch.empty() || save(batch)) return;
    std::lock_guard lock(m_mutex);  // not saved: first in line next time
    batch.insert(batch.end(), m_unsaved.begin(), m_unsaved.end());
    m_unsaved = std::move(batch);
}

std::vector<DeviceLogEntry> KioskDevices::device_log() const {
    std::lock_guard lock(m_mutex);
    return {m_log.begin(), m_log.end()};
}

std::size_t KioskDevices::deliver(ParticipantFlow& flow) {
    auto events = m_queue.drain();
    for (const auto& e : events) handle(e, flow);
    return events.size();
}

void KioskDevices::handle(const devices::DeviceEvent& event, ParticipantFlow& flow) {
    using Kind = devices::DeviceEvent::Kind;
    if (event.kind != Kind::Result) {
        // Journal: which device, never what it sent.
        spdlog::info("device {} {}", event.device, event.kind == Kind::Connected ? "connected" : "disconnected");
        return;
    }
    if (!event.result) return;
    // Only the station the participant is at takes this device's results.
    const bool here = flow.screen() == FlowScreen::Station &&
                      std::count(flow.current_station().devices.begin(), flow.current_station().devices.end(), event.device) > 0;
    if (const auto* error = devices::as_error(*event.result)) {
        log_event(event.device, std::string(devices::error_code_name(error->code)), error->raw);
        spdlog::warn("device {}: {} (not stored)", event.device, devices::error_code_name(error->code));
        if (here && error->code != devices::DeviceErrorCode::Duplicate) flow.report_device_problem(devices::error_message(error->code));
        return;
    }
    const auto& reading = *devices::as_reading(*event.result);
    if (reading.card_code) {
        // The scanner: a card held up while the card screen shows.
        if (flow.screen() == FlowScreen::Card) {
            Outcome outcome = flow.enter_card(*reading.card_code);
            if (!outcome.ok) spdlog::info("scanned card refused: {}", outcome.detail);
        }
        return;
    }
    log_event(event.device, "reading", reading.raw);
    if (!here) {
        spdlog::info("device {}: reading while no participant is at its station (not stored)", event.device);
        return;
    }
    Outcome outcome = flow.enter_device_values(reading_values(reading), irregular(reading), reading_origin(reading));
    m_last_latency = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() -
                                                                           event.received_steady);
    if (!outcome.ok) {
        spdlog::info("device {}: reading not stored: {}", event.device, outcome.detail);
        flow.report_device_problem(outcome.message);
    }
}

}  // namespace gc::kiosk
