#include "core/flow/keypad_buffer.hpp"

#include <algorithm>
#include <charconv>

namespace gc {

void KeypadBuffer::press_digit(int digit) {
    if (digit < 0 || digit > 9) return;
    const auto dot = m_text.find('.');
    const auto digits = static_cast<std::size_t>(std::count_if(m_text.begin(), m_text.end(), ::isdigit));
    if (digits >= m_max_digits) return;
    if (dot != std::string::npos && static_cast<int>(m_text.size() - dot - 1) >= m_max_decimals) return;
    if (m_text == "0" && !m_keep_leading_zeros) m_text.clear();  // no leading zeros: "07" reads as "7"
    m_text.push_back(static_cast<char>('0' + digit));
}

void KeypadBuffer::press_decimal() {
    if (m_max_decimals <= 0 || m_text.find('.') != std::string::npos) return;
    if (m_text.empty()) m_text = "0";
    m_text.push_back('.');
}

void KeypadBuffer::backspace() {
    if (!m_text.empty()) m_text.pop_back();
}

void KeypadBuffer::set_max_decimals(int decimals) {
    m_max_decimals = decimals;
    m_text.clear();
}

std::optional<double> KeypadBuffer::value() const {
    if (m_text.empty() || m_text.back() == '.') return std::nullopt;
    // Locale-independent parse (never depend on LC_NUMERIC in a UI process).
    double v = 0;
    auto [end, ec] = std::from_chars(m_text.data(), m_text.data() + m_text.size(), v);
    if (ec != std::errc() || end != m_text.data() + m_text.size()) return std::nullopt;
    return v;
}

}  // namespace gc
