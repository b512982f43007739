#include "core/host/pin_lock.hpp"

#include <stdexcept>

namespace gc {

bool PinLock::valid_pin(std::string_view pin) {
    if (pin.size() < 4 || pin.size() > 8) return false;
    for (char c : pin) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

namespace {

// Compares every position whatever the length, so timing says nothing about the PIN.
bool same_pin(std::string_view pin, std::string_view typed) {
    unsigned diff = typed.size() == pin.size() ? 0u : 1u;
    for (std::size_t i = 0; i < pin.size(); ++i) {
        const char t = i < typed.size() ? typed[i] : '\0';
        diff |= static_cast<unsigned>(static_cast<unsigned char>(t) ^ static_cast<unsigned char>(pin[i]));
    }
    return diff == 0;
}

PinCheck plain_pin_check(std::string pin) {
    if (!PinLock::valid_pin(pin)) throw std::invalid_argument("host PIN must be 4 to 8 digits");
    return [pin = std::move(pin)](std::string_view typed) { return same_pin(pin, typed); };
}

}  // namespace

PinLock::PinLock(std::string pin, const Clock& clock, PinLockPolicy policy)
    : PinLock(plain_pin_check(std::move(pin)), clock, policy) {}

PinLock::PinLock(PinCheck check, const Clock& clock, PinLockPolicy policy)
    : m_check(std::move(check)), m_clock(clock), m_policy(policy) {
    if (!m_check) throw std::invalid_argument("host PIN check missing");
    if (m_policy.max_tries < 1) m_policy.max_tries = 1;
}

bool PinLock::locked_out() const { return m_locked && m_clock.now() < m_locked_until; }

Millis PinLock::locked_for() const { return locked_out() ? m_locked_until - m_clock.now() : Millis(0); }

int PinLock::tries_left() const {
    if (m_locked) return locked_out() ? 0 : m_policy.max_tries;  // after the lock-out: a fresh set
    return m_policy.max_tries - m_wrong;
}

PinResult PinLock::try_pin(std::string_view typed) {
    if (locked_out()) return PinResult::LockedOut;
    if (m_locked) {  // the lock-out has passed: a fresh set of tries
        m_locked = false;
        m_wrong = 0;
    }
    if (m_check(typed)) {
        m_wrong = 0;
        return PinResult::Opened;
    }
    if (++m_wrong >= m_policy.max_tries) {
        m_locked = true;
        m_locked_until = m_clock.now() + m_policy.lockout;
        return PinResult::LockedOut;
    }
    return PinResult::Wrong;
}

}  // namespace gc
