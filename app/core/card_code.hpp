#pragma once
// Card codes: the random code printed as a QR on a participant's card. Never personal data.
// Crockford base32 (0-9 A-Z without I L O U), 8 random symbols (40 bits) + 1 check symbol
// (Luhn mod 32: catches every single wrong symbol and nearly every swap of neighbours).
// Canonical form: 9 upper-case symbols, "7K3QX0PM4"; shown to people as "7K3-QX0-PM4".
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gc {

inline constexpr std::size_t kCardCodeDataSymbols = 8;
inline constexpr std::size_t kCardCodeLength = kCardCodeDataSymbols + 1;

// A fresh code from injected randomness (tests pass a fixed sequence; the store passes
// std::random_device). Only the low 40 bits of one call are used.
std::string generate_card_code(const std::function<std::uint64_t()>& random_bits);

// What a person or scanner typed -> canonical code, or nullopt if it is not a valid code.
// Accepts lower case, O as 0, I and L as 1, and ignores dashes and spaces.
std::optional<std::string> normalise_card_code(std::string_view typed);
bool is_valid_card_code(std::string_view typed);

// Canonical code -> "7K3-QX0-PM4" for printing.
std::string format_card_code(std::string_view canonical);

}  // namespace gc
