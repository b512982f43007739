#pragma once
// The host PIN as the config keeps it: a crypt(3) hash (yescrypt, libxcrypt), so kiosk.toml never
// holds the PIN itself. `groepsconsult pin-hash` makes one; the kiosk checks typed PINs with it.
#include <optional>
#include <string>
#include <string_view>

namespace gc {

// A fresh salted yescrypt hash of `pin`, or nothing when the system cannot make one.
std::optional<std::string> hash_pin(std::string_view pin);
// True when `typed` is the PIN `hash` was made from.
bool pin_matches_hash(std::string_view hash, std::string_view typed);
// A hash the kiosk can check (a known, not disabled crypt method).
bool usable_pin_hash(std::string_view hash);

}  // namespace gc
