#include "ui/widgets/tap_scale.hpp"

#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>
#include <string>

namespace gc::ui {

std::optional<int> tap_scale(const char* id, std::optional<int> value, float width, float button_h,
                             std::string_view low_label, std::string_view high_label, bool rtl) {
    std::optional<int> tapped;
    const float gap = std::max(4.0f, width * 0.008f);
    const float button_w = (width - 10 * gap) / 11;
    const float x0 = ImGui::GetCursorPosX();
    const float y0 = ImGui::GetCursorPosY();
    for (int i = 0; i <= 10; ++i) {
        ImGui::SetCursorPos(ImVec2(x0 + static_cast<float>(i) * (button_w + gap), y0));
        const std::string button_id = std::string(id) + "_" + std::to_string(i);
        const std::string label = std::to_string(i);
        if (touch_button({button_id.c_str(), label, ImVec2(button_w, button_h),
                          value == i ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::None, true, false})) {
            tapped = i;
        }
    }
    // What the ends mean, under 0 (left) and 10 (right).
    const float label_w = 3 * button_w + 2 * gap;
    const float label_y = y0 + button_h + gap;
    ImGui::SetCursorPos(ImVec2(x0, label_y));
    text_block(low_label, label_w, rtl, rtl ? Align::End : Align::Start, colours::kMuted);
    const float low_end = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(x0 + width - label_w, label_y));
    text_block(high_label, label_w, rtl, rtl ? Align::Start : Align::End, colours::kMuted);
    ImGui::SetCursorPos(ImVec2(x0, std::max(low_end, ImGui::GetCursorPosY())));
    return tapped;
}

}  // namespace gc::ui
