#include "ui/widgets/touch_button.hpp"

#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widget_registry.hpp"

#include <algorithm>

namespace gc::ui {
namespace {

// What sits inside a button, measured in the button's font (pushed by the caller).
struct Content {
    const std::string& text;
    ImVec2 text_size;
    float icon;
    float gap;
    float total() const { return icon + gap + text_size.x; }
};

Content measure(const ButtonSpec& spec) {
    const std::string& text = display_line(spec.label, spec.rtl);
    const float icon = spec.icon == Pictogram::None ? 0.0f : std::min(spec.size.y * 0.55f, 1.6f * ImGui::GetFontSize());
    const float gap = icon > 0 && !text.empty() ? 0.4f * ImGui::GetFontSize() : 0.0f;
    return {text, ImGui::CalcTextSize(text.c_str()), icon, gap};
}

}  // namespace

float touch_button_content_width(const ButtonSpec& spec) {
    if (spec.font) ImGui::PushFont(spec.font);
    const float width = measure(spec).total() + 2.0f * ImGui::GetFontSize();
    if (spec.font) ImGui::PopFont();
    return width;
}

bool touch_button(const ButtonSpec& spec) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::PushID(spec.id);
    const bool clicked = ImGui::InvisibleButton("##touch", spec.size) && spec.enabled;
    const bool held = ImGui::IsItemActive();
    ImGui::PopID();
    const ImVec2 max(pos.x + spec.size.x, pos.y + spec.size.y);
    widget_registry().record(spec.id, pos, max, spec.role == ButtonRole::Primary, spec.enabled,
                             spec.icon != Pictogram::None);

    ImU32 fill = colours::kButton, ink = colours::kText;
    if (!spec.enabled) {
        fill = colours::kDisabled;
        ink = colours::kMuted;
    } else if (spec.role == ButtonRole::Primary) {
        fill = held ? colours::kPrimaryPressed : colours::kPrimary;
        ink = colours::kOnPrimary;
    } else if (spec.role == ButtonRole::Selected) {
        fill = colours::kSelected;
    } else if (held) {
        fill = colours::kButtonPressed;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rounding = ImGui::GetStyle().FrameRounding;
    dl->AddRectFilled(pos, max, fill, rounding);
    if (spec.role == ButtonRole::Selected) dl->AddRect(pos, max, colours::kText, rounding, 0, 3.0f);

    if (spec.font) ImGui::PushFont(spec.font);
    const Content content = measure(spec);
    const std::string& text = content.text;
    const ImVec2 text_size = content.text_size;
    const float icon = content.icon, gap = content.gap;
    float x = pos.x + (spec.size.x - content.total()) / 2;
    const float cy = pos.y + spec.size.y / 2;
    if (spec.rtl) {
        // Mirrored: the pictogram stands on the right of the word.
        dl->AddText(ImVec2(x, cy - text_size.y / 2), ink, text.c_str());
        if (icon > 0) draw_pictogram(spec.icon, ImVec2(x + text_size.x + gap + icon / 2, cy), icon, ink, spec.mirror_icon);
    } else {
        if (icon > 0) draw_pictogram(spec.icon, ImVec2(x + icon / 2, cy), icon, ink, false);
        dl->AddText(ImVec2(x + icon + gap, cy - text_size.y / 2), ink, text.c_str());
    }
    if (spec.font) ImGui::PopFont();
    return clicked;
}

}  // namespace gc::ui
