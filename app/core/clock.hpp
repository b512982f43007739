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

// The kiosk's clock: monotonic time plus an offset that scripted UI runs move forward to show
// countdowns without waiting.
class OffsetClock final : public Clock {
public:
    Millis now() const override { return m_steady.now() + m_offset; }
    void advance(Millis d) { m_offset += d; }

private:
    SteadyClock m_steady;
    Millis m_offset{0};
};

class ManualClock final : public Clock {
public:
    Millis now() const override { return m_now; }
    void advance(Millis d) { m_now += d; }

private:
    Millis m_now{0};
};

}  // namespace gc
