#pragma once
// One thread per device: connect, run the device's dialogue, hand results through the
// ReadingGate (plausibility, duplicates) to the ReadingQueue; on unplug report Disconnected,
// then retry the connection with backoff until the device is back. Idle, the thread blocks on
// its port (poll() on the fd and an eventfd, a libusb transfer, a simulator's condition
// variable); wake() ends the wait for stop(), send() and hotplug.
#include "core/clock.hpp"
#include "devices/filter.hpp"
#include "devices/reading_queue.hpp"

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace gc::devices {

// A device family on its transport. All calls happen on the worker thread.
class DeviceConnection {
public:
    virtual ~DeviceConnection() = default;
    virtual bool connect() = 0;  // open the transport; false while absent
    // One step of the dialogue, at most about `budget` long; appends results. false = gone.
    virtual bool poll(std::vector<DecodeResult>& out, Millis budget) = 0;
    // The link is gone or we stop: close it; a partial frame becomes "truncated".
    virtual void disconnect(std::vector<DecodeResult>& out) = 0;
    virtual void send(const Bytes& /*command*/) {}  // host commands (Tanita PC mode)
    // Any thread: the poll() waiting now (or the next one) returns at once.
    virtual void wake() {}
    virtual std::string describe() const = 0;
    virtual DeviceIdentity identity() const { return {}; }
};

enum class DeviceState { Stopped, Searching, Connected };
std::string_view device_state_name(DeviceState s);  // "stopped", "searching", "connected"

struct WorkerTiming {
    Millis poll_budget{5000};  // how long one poll() may block; wake() ends it early
    Millis retry_min{50}, retry_max{1000};  // reconnect backoff (wake() retries at once)
};

class DeviceWorker {
public:
    DeviceWorker(std::string id, std::unique_ptr<DeviceConnection> connection, ReadingQueue& queue, ReadingGate gate,
                 WorkerTiming timing = {});
    ~DeviceWorker();
    DeviceWorker(const DeviceWorker&) = delete;
    DeviceWorker& operator=(const DeviceWorker&) = delete;

    void start();
    void stop();
    DeviceState state() const { return m_state.load(); }
    const std::string& id() const { return m_id; }
    std::string describe() const;
    // Queued and written by the worker thread (the transport is not thread-safe).
    void send(Bytes command);
    // Any thread: end the current wait (a device arrived: retry the connection now).
    void wake();

private:
    void run();
    void deliver(std::vector<DecodeResult>& results);
    std::string m_id;
    std::unique_ptr<DeviceConnection> m_connection;
    ReadingQueue& m_queue;
    ReadingGate m_gate;
    WorkerTiming m_timing;
    std::atomic<DeviceState> m_state{DeviceState::Stopped};
    std::atomic<bool> m_running{false};
    std::atomic<bool> m_left{false};  // run() has returned
    std::thread m_thread;
    std::mutex m_outbox_mutex;  // m_outbox, m_woken
    std::condition_variable m_backoff;
    std::vector<Bytes> m_outbox;
    bool m_woken = false;
};

}  // namespace gc::devices
