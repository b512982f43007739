#pragma once
// Time is injected everywhere in the core so that timeouts and countdowns are tested without
// waiting. The kiosk passes SteadyClock; tests pass a ManualClock.
#include <chrono>

namespace gc {

using Millis = std::chrono::milliseconds;

class Clock {
public:
    virtual ~Clock() = default;
    virtual Millis now() const = 0;  // monotonic
};

class SteadyClock final : public Clock {
public:
    Millis now() const override {
        return std::chrono::duration_cast<Millis>(std::chrono::steady_clock::now().time_since_epoch());
    }
};

class ManualClock final : public Clock {
public:
    Millis now() const override { return m_now; }
    void advance(Millis d) { m_now += d; }

private:
    Millis m_now{0};
};

}  // namespace gc
