#include "report/export/anonymise.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <limits>
#include <stdexcept>

namespace gc::exports {

std::string age_band(std::optional<int> age) {
    if (!age) return "unknown";
    if (*age < 40) return "<40";
    if (*age >= 80) return "80+";
    const int low = *age / 10 * 10;
    return std::to_string(low) + "-" + std::to_string(low + 9);
}

const std::vector<std::string>& all_age_bands() {
    static const std::vector<std::string> bands = {"<40", "40-49", "50-59", "60-69", "70-79", "80+", "unknown"};
    return bands;
}

std::string hmac_sha256_hex(std::string_view key, std::string_view message) {
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (key.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()) ||
        HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
             reinterpret_cast<const unsigned char*>(message.data()), message.size(), digest, &length) == nullptr) {
        throw std::runtime_error("HMAC-SHA256 failed");
    }
    static constexpr char kHex[] = "0123456789abcdef";
    std::string hex;
    for (unsigned int i = 0; i < length; ++i) {
        hex += kHex[digest[i] >> 4];
        hex += kHex[digest[i] & 0xfU];
    }
    return hex;
}

std::string pseudonym(std::string_view key, std::string_view card_code) {
    if (key.empty()) throw std::invalid_argument("pseudonym without a key");
    return hmac_sha256_hex(key, card_code).substr(0, 16);
}

namespace {

// The one cell to suppress next for `r`, if it has exactly one suppressed member.
std::optional<std::size_t> exposed_by(const SumRelation& r, const std::vector<int>& counts,
                                      const std::vector<bool>& hidden) {
    std::vector<std::size_t> members{r.total};
    for (auto part : r.parts) {
        if (counts[part] > 0) members.push_back(part);
    }
    std::size_t suppressed = 0;
    std::optional<std::size_t> smallest;
    for (auto cell : members) {
        if (hidden[cell]) {
            ++suppressed;
        } else if (!smallest || counts[cell] < counts[*smallest]) {
            smallest = cell;
        }
    }
    if (suppressed != 1) return std::nullopt;
    return smallest;
}

}  // namespace

std::vector<bool> suppress_small_cells(const std::vector<int>& counts, const std::vector<SumRelation>& relations,
                                       int min) {
    std::vector<bool> hidden(counts.size(), false);
    for (std::size_t i = 0; i < counts.size(); ++i) hidden[i] = counts[i] > 0 && counts[i] < min;
    for (bool changed = true; changed;) {
        changed = false;
        for (const auto& relation : relations) {
            if (auto next = exposed_by(relation, counts, hidden)) {
                hidden[*next] = true;
                changed = true;
            }
        }
    }
    return hidden;
}

}  // namespace gc::exports
