#include "core/card_code.hpp"

#include <array>

namespace gc {
namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford
constexpr int kBase = 32;

// Symbol value of one typed character after Crockford's decoding rules, or -1.
int symbol_value(char c) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    const auto pos = kAlphabet.find(c);
    return pos == std::string_view::npos ? -1 : static_cast<int>(pos);
}

// Luhn mod N over symbol values, rightmost symbol first; `double_first` is true when the
// check symbol is not yet part of `symbols`.
int luhn_sum(std::string_view symbols, bool double_first) {
    int sum = 0;
    bool double_it = double_first;
    for (auto it = symbols.rbegin(); it != symbols.rend(); ++it) {
        int addend = symbol_value(*it) * (double_it ? 2 : 1);
        addend = addend / kBase + addend % kBase;
        sum += addend;
        double_it = !double_it;
    }
    return sum % kBase;
}

char check_symbol(std::string_view data) {
    const int remainder = luhn_sum(data, true);
    return kAlphabet[static_cast<std::size_t>((kBase - remainder) % kBase)];
}

}  // namespace

std::string generate_card_code(const std::function<std::uint64_t()>& random_bits) {
    std::uint64_t bits = random_bits();
    std::string code(kCardCodeDataSymbols, '0');
    for (auto& symbol : code) {
        symbol = kAlphabet[static_cast<std::size_t>(bits % kBase)];
        bits /= kBase;
    }
    code.push_back(check_symbol(code));
    return code;
}

std::optional<std::string> normalise_card_code(std::string_view typed) {
    std::string code;
    for (char c : typed) {
        if (c == '-' || c == ' ') continue;
        const int value = symbol_value(c);
        if (value < 0 || code.size() == kCardCodeLength) return std::nullopt;
        code.push_back(kAlphabet[static_cast<std::size_t>(value)]);
    }
    if (code.size() != kCardCodeLength || luhn_sum(code, false) != 0) return std::nullopt;
    return code;
}

bool is_valid_card_code(std::string_view typed) { return normalise_card_code(typed).has_value(); }

std::string format_card_code(std::string_view canonical) {
    std::string out;
    for (std::size_t i = 0; i < canonical.size(); ++i) {
        if (i > 0 && i % 3 == 0) out.push_back('-');
        out.push_back(canonical[i]);
    }
    return out;
}

}  // namespace gc
