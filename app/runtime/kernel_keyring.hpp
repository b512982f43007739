#pragma once
// Remembers a secret in the Linux kernel's persistent keyring of this user, so a kiosk that
// crashed and was restarted by systemd opens its database again without the host retyping the
// passphrase. The secret lives only in kernel memory (never on disk), only this user (and root)
// can read it, and it expires by itself after `ttl`; forget() removes it at once (host locks
// the kiosk, clean exit at the end of the day).
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace gc::keyring {

// False when the kernel refuses (no keyring support, seccomp): the kiosk then just asks again.
bool remember(std::string_view name, std::string_view secret, std::chrono::seconds ttl);
std::optional<std::string> recall(std::string_view name);
void forget(std::string_view name);

}  // namespace gc::keyring
