#include "devices/sim/simulated_hid.hpp"

namespace gc::devices {

bool SimulatedHid::open() {
    std::lock_guard lock(m_mutex);
    m_open = m_plugged;
    return m_open;
}

IoStatus SimulatedHid::read_report(Bytes& report, Millis timeout) {
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return !m_input.empty() || !m_open || m_woken; });
    m_woken = false;
    if (!m_plugged || !m_open) return IoStatus::Disconnected;
    if (m_input.empty()) return IoStatus::Timeout;
    report = std::move(m_input.front());
    m_input.pop_front();
    return IoStatus::Ok;
}

IoStatus SimulatedHid::write_report(const Bytes& report) {
    std::lock_guard lock(m_mutex);
    if (!m_plugged || !m_open) return IoStatus::Disconnected;
    on_output(report);
    return IoStatus::Ok;
}

IoStatus SimulatedHid::set_feature(const Bytes& data) {
    std::lock_guard lock(m_mutex);
    if (!m_plugged || !m_open) return IoStatus::Disconnected;
    on_feature(data);
    return IoStatus::Ok;
}

void SimulatedHid::wake() {
    {
        std::lock_guard lock(m_mutex);
        m_woken = true;
    }
    m_cv.notify_all();
}

void SimulatedHid::close() {
    std::lock_guard lock(m_mutex);
    m_open = false;
    m_input.clear();
}

void SimulatedHid::plug_in() {
    std::lock_guard lock(m_mutex);
    m_plugged = true;
    m_input.clear();
    on_plug_in();
}

void SimulatedHid::unplug() {
    {
        std::lock_guard lock(m_mutex);
        m_plugged = false;
        m_open = false;  // like a libusb handle after the device left: dead until reopened
        m_input.clear();
    }
    m_cv.notify_all();
}

bool SimulatedHid::plugged_in() const {
    std::lock_guard lock(m_mutex);
    return m_plugged;
}

void SimulatedHid::reply(Bytes report) {
    m_input.push_back(std::move(report));
    m_cv.notify_all();
}

}  // namespace gc::devices
