#pragma once
// Waiting for worker-thread events in tests (generous deadlines: CI has 2 shared cores).
#include "devices/reading_queue.hpp"

#include <chrono>
#include <functional>

namespace gc::devices::test {

// Collects events until `done` says so or the deadline passes.
inline std::vector<DeviceEvent> collect_until(ReadingQueue& queue, const std::function<bool(const std::vector<DeviceEvent>&)>& done,
                                              std::chrono::milliseconds deadline = std::chrono::milliseconds(5000)) {
    std::vector<DeviceEvent> events;
    const auto end = std::chrono::steady_clock::now() + deadline;
    while (!done(events) && std::chrono::steady_clock::now() < end)
        for (auto& e : queue.wait(std::chrono::milliseconds(20))) events.push_back(std::move(e));
    return events;
}

inline std::size_t count_kind(const std::vector<DeviceEvent>& events, DeviceEvent::Kind kind) {
    std::size_t n = 0;
    for (const auto& e : events) n += e.kind == kind;
    return n;
}

inline std::vector<Reading> event_readings(const std::vector<DeviceEvent>& events) {
    std::vector<Reading> out;
    for (const auto& e : events)
        if (e.result)
            if (const auto* r = as_reading(*e.result)) out.push_back(*r);
    return out;
}

inline std::size_t count_event_errors(const std::vector<DeviceEvent>& events, DeviceErrorCode code) {
    std::size_t n = 0;
    for (const auto& e : events)
        if (e.result)
            if (const auto* err = as_error(*e.result); err && err->code == code) ++n;
    return n;
}

}  // namespace gc::devices::test
