#include "runtime/kernel_keyring.hpp"

#include <keyutils.h>
#include <unistd.h>

#include <cstdlib>

namespace gc::keyring {
namespace {

// The per-user persistent keyring outlives the process (a crashed kiosk's keys are still there
// when systemd starts the next one); it is linked into this process's keyring to be searched.
key_serial_t persistent_keyring() {
    const long ring = keyctl_get_persistent(static_cast<uid_t>(-1), KEY_SPEC_PROCESS_KEYRING);
    return ring < 0 ? -1 : static_cast<key_serial_t>(ring);
}

std::string description(std::string_view name) { return "groepsconsult:" + std::string(name); }

key_serial_t find(key_serial_t ring, std::string_view name) {
    const long key = keyctl_search(ring, "user", description(name).c_str(), 0);
    return key < 0 ? -1 : static_cast<key_serial_t>(key);
}

}  // namespace

bool remember(std::string_view name, std::string_view secret, std::chrono::seconds ttl) {
    const key_serial_t ring = persistent_keyring();
    if (ring < 0 || ttl.count() <= 0) return false;
    const key_serial_t key = add_key("user", description(name).c_str(), secret.data(), secret.size(), ring);
    if (key < 0) return false;
    if (keyctl_set_timeout(key, static_cast<unsigned>(ttl.count())) < 0) {
        keyctl_invalidate(key);  // a secret that would never expire is not kept at all
        return false;
    }
    return true;
}

std::optional<std::string> recall(std::string_view name) {
    const key_serial_t ring = persistent_keyring();
    if (ring < 0) return std::nullopt;
    const key_serial_t key = find(ring, name);
    if (key < 0) return std::nullopt;
    void* buffer = nullptr;
    const int length = keyctl_read_alloc(key, &buffer);
    if (length < 0) return std::nullopt;
    std::string secret(static_cast<const char*>(buffer), static_cast<std::size_t>(length));
    std::free(buffer);
    return secret;
}

void forget(std::string_view name) {
    const key_serial_t ring = persistent_keyring();
    if (ring < 0) return;
    for (key_serial_t key = find(ring, name); key >= 0; key = find(ring, name)) {
        if (keyctl_invalidate(key) < 0) return;
    }
}

}  // namespace gc::keyring
