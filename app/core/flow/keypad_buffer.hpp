#pragma once
// What the participant types on the on-screen numeric keypad, before it becomes a value.
// Keeps the text as typed (digits and one decimal mark) so the screen shows exactly that.
#include <optional>
#include <string>

namespace gc {

class KeypadBuffer {
public:
    explicit KeypadBuffer(int max_decimals = 1, std::size_t max_digits = 5)
        : m_max_decimals(max_decimals), m_max_digits(max_digits) {}

    void press_digit(int digit);  // 0..9; ignored when the value would get too long
    void press_decimal();         // ignored when decimals are not allowed or already present
    void backspace();
    void clear() { m_text.clear(); }
    void set_max_decimals(int decimals);
    // Digit strings such as phone numbers ("06...") keep their leading zeros.
    void keep_leading_zeros() { m_keep_leading_zeros = true; }

    const std::string& text() const { return m_text; }  // "72.5" (always '.'; the UI localises)
    bool empty() const { return m_text.empty(); }
    std::optional<double> value() const;  // nullopt while empty or ending in '.'

private:
    int m_max_decimals;
    std::size_t m_max_digits;
    std::string m_text;
    bool m_keep_leading_zeros = false;
};

}  // namespace gc
