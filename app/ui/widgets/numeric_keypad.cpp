#include "ui/widgets/numeric_keypad.hpp"

#include "ui/widgets/touch_button.hpp"

#include <string>

namespace gc::ui {

bool numeric_keypad(const char* id, KeypadBuffer& buffer, const char* decimal_sign, bool decimals_allowed,
                    float key_size) {
    static constexpr int kRows[3][3] = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
    const std::string base(id);
    const ImVec2 size(key_size * 1.25f, key_size);
    const float gap = key_size * 0.12f;
    bool changed = false;
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(gap, gap));
    for (const auto& row : kRows) {
        for (int c = 0; c < 3; ++c) {
            const std::string key_id = base + "_" + std::to_string(row[c]);
            const std::string label = std::to_string(row[c]);
            if (c > 0) ImGui::SameLine();
            if (touch_button({key_id.c_str(), label, size})) {
                buffer.press_digit(row[c]);
                changed = true;
            }
        }
    }
    const std::string dec_id = base + "_decimal", zero_id = base + "_0", erase_id = base + "_erase";
    if (touch_button({dec_id.c_str(), decimals_allowed ? decimal_sign : "", size, ButtonRole::Normal, Pictogram::None,
                      decimals_allowed})) {
        buffer.press_decimal();
        changed = true;
    }
    ImGui::SameLine();
    if (touch_button({zero_id.c_str(), "0", size})) {
        buffer.press_digit(0);
        changed = true;
    }
    ImGui::SameLine();
    if (touch_button({erase_id.c_str(), "", size, ButtonRole::Normal, Pictogram::Erase})) {
        buffer.backspace();
        changed = true;
    }
    ImGui::PopStyleVar();
    return changed;
}

std::string keypad_display(const KeypadBuffer& buffer, const char* decimal_sign) {
    std::string shown;
    for (char ch : buffer.text()) {
        if (ch == '.') {
            shown += decimal_sign;
        } else {
            shown.push_back(ch);
        }
    }
    return shown;
}

}  // namespace gc::ui
