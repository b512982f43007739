#include "devices/worker.hpp"

namespace gc::devices {

std::string_view device_state_name(DeviceState s) {
    switch (s) {
        case DeviceState::Stopped: return "stopped";
        case DeviceState::Searching: return "searching";
        case DeviceState::Connected: return "connected";
    }
    return "unknown";
}

DeviceWorker::DeviceWorker(std::string id, std::unique_ptr<DeviceConnection> connection, ReadingQueue& queue,
                           ReadingGate gate, WorkerTiming timing)
    : m_id(std::move(id)), m_connection(std::move(connection)), m_queue(queue), m_gate(std::move(gate)), m_timing(timing) {}

DeviceWorker::~DeviceWorker() { stop(); }

void DeviceWorker::start() {
    if (m_running.exchange(true)) return;
    m_left = false;
    m_state = DeviceState::Searching;
    m_thread = std::thread([this] { run(); });
}

void DeviceWorker::stop() {
    m_running = false;
    // A wake can be used up by a short read (a drain before a command) just before the thread
    // starts a long wait; repeating it until the thread has left makes stopping certain.
    while (m_thread.joinable() && !m_left) {
        wake();
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    if (m_thread.joinable()) m_thread.join();
    m_state = DeviceState::Stopped;
}

std::string DeviceWorker::describe() const { return m_connection->describe(); }

void DeviceWorker::send(Bytes command) {
    {
        std::lock_guard lock(m_outbox_mutex);
        m_outbox.push_back(std::move(command));
    }
    wake();
}

void DeviceWorker::wake() {
    {
        std::lock_guard lock(m_outbox_mutex);
        m_woken = true;
    }
    m_backoff.notify_all();
    m_connection->wake();
}

void DeviceWorker::deliver(std::vector<DecodeResult>& results) {
    for (auto& r : results) {
        DeviceEvent ev;
        ev.device = m_id;
        ev.result = m_gate.pass(std::move(r));
        // A meter's memory is downloaded again on every connection: already delivered
        // readings are dropped here, not shown to the participant as a problem.
        if (const auto* err = as_error(*ev.result); err && err->code == DeviceErrorCode::Duplicate) continue;
        m_queue.push(std::move(ev));
    }
    results.clear();
}

void DeviceWorker::run() {
    Millis backoff = m_timing.retry_min;
    std::vector<DecodeResult> results;
    while (m_running) {
        if (!m_connection->connect()) {
            std::unique_lock lock(m_outbox_mutex);
            m_backoff.wait_for(lock, backoff, [this] { return m_woken || !m_running; });
            m_woken = false;
            backoff = std::min(backoff * 2, m_timing.retry_max);
            continue;
        }
        backoff = m_timing.retry_min;
        m_state = DeviceState::Connected;
        m_queue.push(DeviceEvent{m_id, DeviceEvent::Kind::Connected, std::nullopt, {}, {}});
        bool alive = true;
        while (m_running && alive) {
            std::vector<Bytes> outbox;
            {
                std::lock_guard lock(m_outbox_mutex);
                outbox.swap(m_outbox);
                m_woken = false;
            }
            for (const auto& command : outbox) m_connection->send(command);
            alive = m_connection->poll(results, m_timing.poll_budget);
            deliver(results);
        }
        m_connection->disconnect(results);
        deliver(results);
        m_state = DeviceState::Searching;
        if (!alive) m_queue.push(DeviceEvent{m_id, DeviceEvent::Kind::Disconnected, std::nullopt, {}, {}});
    }
    m_left = true;
}

}  // namespace gc::devices
