#include "runtime/pin_hash.hpp"

#include <crypt.h>

#include <cstring>
#include <memory>

namespace gc {

std::optional<std::string> hash_pin(std::string_view pin) {
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    // "$y$": yescrypt, Debian's default for passwords; count 0 = the library's default cost.
    if (!crypt_gensalt_rn("$y$", 0, nullptr, 0, salt, sizeof salt)) return std::nullopt;
    auto data = std::make_unique<crypt_data>();
    const std::string phrase(pin);
    const char* hashed = crypt_rn(phrase.c_str(), salt, data.get(), sizeof(crypt_data));
    if (!hashed || hashed[0] == '*') return std::nullopt;
    return std::string(hashed);
}

bool pin_matches_hash(std::string_view hash, std::string_view typed) {
    const std::string check_setting(hash);
    if (hash.empty() || crypt_checksalt(check_setting.c_str()) != CRYPT_SALT_OK) return false;
    auto data = std::make_unique<crypt_data>();
    const std::string phrase(typed), setting(hash);
    const char* hashed = crypt_rn(phrase.c_str(), setting.c_str(), data.get(), sizeof(crypt_data));
    if (!hashed || hashed[0] == '*') return false;
    // Hashes of equal length: compare all bytes, whatever matches first.
    const std::size_t n = std::strlen(hashed);
    if (n != hash.size()) return false;
    unsigned diff = 0;
    for (std::size_t i = 0; i < n; ++i) diff |= static_cast<unsigned>(static_cast<unsigned char>(hashed[i] ^ hash[i]));
    return diff == 0;
}

bool usable_pin_hash(std::string_view hash) {
    const std::string setting(hash);
    if (hash.empty() || crypt_checksalt(setting.c_str()) != CRYPT_SALT_OK) return false;
    // A whole hash, not just a method prefix or salt: hashing anything with it as the setting
    // gives a hash of the same shape (same method, parameters and salt, same length).
    auto data = std::make_unique<crypt_data>();
    const char* probe = crypt_rn("probe", setting.c_str(), data.get(), sizeof(crypt_data));
    if (!probe || probe[0] == '*') return false;
    const std::string_view result(probe);
    const auto salt_end = hash.rfind('$');
    return salt_end != std::string_view::npos && salt_end + 1 < hash.size() && result.size() == hash.size() &&
           result.substr(0, salt_end) == hash.substr(0, salt_end);
}

}  // namespace gc
