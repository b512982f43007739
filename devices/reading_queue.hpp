#pragma once
// Hands results from device worker threads to the UI thread. The worker pushes; the UI drains
// on its own thread. The wake-up callback runs on the worker thread right after each push: the
// kiosk plugs SDL_PushEvent(user event) into it (devices/ never includes SDL).
#include "devices/reading.hpp"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace gc::devices {

struct DeviceEvent {
    enum class Kind { Result, Connected, Disconnected };
    std::string device;  // worker id: "tanita", "omron", "contour", "scanner"
    Kind kind = Kind::Result;
    std::optional<DecodeResult> result;  // Kind::Result only
    // Kiosk time at hand-over: stored next to the device's own clock (which may be wrong).
    std::chrono::system_clock::time_point received_at;
    std::chrono::steady_clock::time_point received_steady;  // for latency figures
};

class ReadingQueue {
public:
    using WakeUp = std::function<void()>;
    using WallClock = std::function<std::chrono::system_clock::time_point()>;

    explicit ReadingQueue(WallClock wall_clock = [] { return std::chrono::system_clock::now(); })
        : m_wall_clock(std::move(wall_clock)) {}

    void set_wake_up(WakeUp wake_up);
    void push(DeviceEvent event);  // stamps received_at, then wakes
    std::vector<DeviceEvent> drain();
    // Blocks up to `timeout` for at least one event (tests, CLI, benchmark; never the UI).
    std::vector<DeviceEvent> wait(std::chrono::milliseconds timeout);

private:
    WallClock m_wall_clock;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    std::deque<DeviceEvent> m_events;
    WakeUp m_wake_up;
};

}  // namespace gc::devices
