#pragma once
// Small locale-independent text helpers shared by the decoders.
#include "devices/reading.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gc::devices {

std::optional<double> parse_number(std::string_view text);  // "-5.8", "170"; nothing else
std::optional<int> parse_int(std::string_view text);
std::vector<std::string_view> split(std::string_view text, char separator);
std::string_view unquote(std::string_view text);  // "\"SC-330\"" -> "SC-330"
std::string to_text(const Bytes& bytes);
Bytes to_bytes(std::string_view text);
std::string hex2(unsigned value);  // 2 upper-case hex digits
std::optional<unsigned> parse_hex2(std::string_view text);
std::uint8_t sum_mod256(const std::uint8_t* data, std::size_t size);
std::uint8_t xor_all(const std::uint8_t* data, std::size_t size);

}  // namespace gc::devices
