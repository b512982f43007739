#include "devices/reading_queue.hpp"

namespace gc::devices {

void ReadingQueue::set_wake_up(WakeUp wake_up) {
    std::lock_guard lock(m_mutex);
    m_wake_up = std::move(wake_up);
}

void ReadingQueue::push(DeviceEvent event) {
    event.received_at = m_wall_clock();
    event.received_steady = std::chrono::steady_clock::now();
    WakeUp wake_up;
    {
        std::lock_guard lock(m_mutex);
        m_events.push_back(std::move(event));
        wake_up = m_wake_up;
    }
    m_cv.notify_all();
    if (wake_up) wake_up();  // outside the lock: the callback may drain from another thread
}

std::vector<DeviceEvent> ReadingQueue::drain() {
    std::lock_guard lock(m_mutex);
    std::vector<DeviceEvent> out(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}

std::vector<DeviceEvent> ReadingQueue::wait(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    m_cv.wait_for(lock, timeout, [this] { return !m_events.empty(); });
    std::vector<DeviceEvent> out(std::make_move_iterator(m_events.begin()), std::make_move_iterator(m_events.end()));
    m_events.clear();
    return out;
}

}  // namespace gc::devices
