#include "ui/widgets/text_keyboard.hpp"

#include "i18n/i18n.hpp"
#include "ui/widgets/touch_button.hpp"

namespace gc::ui {

bool text_keyboard(std::string& text, std::size_t max_length, float width, float key_height) {
    static constexpr const char* kRows[] = {"1234567890", "qwertyuiop", "asdfghjkl-", "zxcvbnm"};
    const float gap = key_height * 0.1f;
    const float key_w = (width - 9 * gap) / 10;
    bool changed = false;
    for (const char* row : kRows) {
        const std::string keys(row);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (i > 0) ImGui::SameLine(0, gap);
            const std::string id = std::string("kb_") + keys[i];
            if (touch_button({id.c_str(), std::string(1, keys[i]), ImVec2(key_w, key_height)}) &&
                text.size() < max_length) {
                text.push_back(keys[i]);
                changed = true;
            }
        }
        if (keys.size() == 7) {  // the last row ends with space and erase
            ImGui::SameLine(0, gap);
            if (touch_button({"kb_space", C_("toets", "spatie"), ImVec2(key_w * 1.5f + gap, key_height)}) && text.size() < max_length) {
                text.push_back(' ');
                changed = true;
            }
            ImGui::SameLine(0, gap);
            if (touch_button({"kb_erase", "", ImVec2(key_w * 1.5f, key_height), ButtonRole::Normal, Pictogram::Erase}) &&
                !text.empty()) {
                text.pop_back();
                changed = true;
            }
        }
    }
    return changed;
}

}  // namespace gc::ui
