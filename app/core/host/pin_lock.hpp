#pragma once
// The PIN in front of host mode. The PIN comes from the kiosk config (/etc/groepsconsult/
// kiosk.toml, `host-pin`; demo mode prints its own). After `max_tries` wrong PINs in a row the
// lock refuses every PIN, the right one too, for `lockout`; time is injected (core/clock.hpp).
#include "core/clock.hpp"

#include <functional>
#include <string>
#include <string_view>

namespace gc {

struct PinLockPolicy {
    int max_tries = 3;
    Millis lockout{std::chrono::minutes(5)};
};

enum class PinResult { Opened, Wrong, LockedOut };

// Says whether a typed PIN is the right one, e.g. against a crypt(3) hash from the config
// (runtime/pin_hash.hpp), so the PIN itself need not be written down anywhere.
using PinCheck = std::function<bool(std::string_view typed)>;

class PinLock {
public:
    // Throws std::invalid_argument when `pin` is not 4 to 8 digits (a config error at start).
    PinLock(std::string pin, const Clock& clock, PinLockPolicy policy = {});
    PinLock(PinCheck check, const Clock& clock, PinLockPolicy policy = {});

    PinResult try_pin(std::string_view typed);
    bool locked_out() const;
    Millis locked_for() const;  // 0 when not locked out
    int tries_left() const;

    static bool valid_pin(std::string_view pin);  // 4..8 ASCII digits

private:
    PinCheck m_check;
    const Clock& m_clock;
    PinLockPolicy m_policy;
    int m_wrong = 0;
    Millis m_locked_until{0};
    bool m_locked = false;
};

}  // namespace gc
