#include "ui/widgets/traffic_light.hpp"

#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/pictogram.hpp"

#include <algorithm>

namespace gc::ui {

ImU32 light_colour(Light light) {
    switch (light) {
        case Light::Green: return colours::kGreen;
        case Light::Orange: return colours::kOrange;
        case Light::Red: return colours::kRed;
    }
    return colours::kMuted;
}

void draw_light_symbol(Light light, ImVec2 c, float size) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 white = colours::kOnPrimary;
    switch (light) {
        case Light::Green:
            draw_pictogram(Pictogram::Check, c, size * 0.55f, white);
            break;
        case Light::Orange: {  // exclamation mark
            const float w = size * 0.09f;
            dl->AddRectFilled(ImVec2(c.x - w, c.y - size * 0.3f), ImVec2(c.x + w, c.y + size * 0.1f), white, w);
            dl->AddCircleFilled(ImVec2(c.x, c.y + size * 0.25f), w * 1.1f, white);
            break;
        }
        case Light::Red:
            draw_pictogram(Pictogram::Cross, c, size * 0.5f, white);
            break;
    }
}

void traffic_light_badge(Light light, std::string_view word, float disc_size, bool rtl, float box_width) {
    const std::string& text = display_line(word, rtl);
    const ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
    const float gap = disc_size * 0.3f;
    const float height = std::max(disc_size, text_size.y);
    const float width = disc_size + gap + text_size.x;
    if (rtl && box_width > width) ImGui::SetCursorPosX(ImGui::GetCursorPosX() + box_width - width);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float disc_x = rtl ? pos.x + width - disc_size / 2 : pos.x + disc_size / 2;
    const float text_x = rtl ? pos.x : pos.x + disc_size + gap;
    const ImVec2 centre(disc_x, pos.y + height / 2);
    dl->AddCircleFilled(centre, disc_size / 2, light_colour(light), 40);
    draw_light_symbol(light, centre, disc_size);
    dl->AddText(ImVec2(text_x, pos.y + (height - text_size.y) / 2), colours::kText, text.c_str());
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace gc::ui
