#include "ui/layout.hpp"

#include "i18n/i18n.hpp"

#include <algorithm>

namespace gc::ui {

bool rtl() { return i18n::is_rtl(); }

float start_x(float start_offset, float w) {
    const float left = ImGui::GetStyle().WindowPadding.x;
    const float avail = ImGui::GetWindowWidth() - 2 * left;
    return rtl() ? left + avail - start_offset - w : left + start_offset;
}

float footer_height(const UiContext& ctx) { return ctx.metrics.button_h + ctx.metrics.pad; }

FooterResult footer(const UiContext& ctx, bool show_back, const std::optional<FooterAction>& primary,
                    const std::optional<FooterAction>& second) {
    FooterResult result;
    const auto& m = ctx.metrics;
    const float y = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - m.button_h;
    const float back_w = 7.0f * m.em, primary_w = 11.0f * m.em;
    if (show_back) {
        ImGui::SetCursorPos(ImVec2(start_x(0, back_w), y));
        result.back = touch_button({"back", C_("knop", "Terug"), ImVec2(back_w, m.button_h), ButtonRole::Normal,
                                    Pictogram::Back, true, rtl()});
    }
    if (second) {
        ButtonSpec spec{second->id, second->label, ImVec2(9.0f * m.em, m.button_h), ButtonRole::Normal, second->icon,
                        second->enabled, rtl(), nullptr, false};
        spec.size.x = std::max(spec.size.x, touch_button_content_width(spec));
        ImGui::SetCursorPos(ImVec2(start_x(show_back ? back_w + m.pad : 0.0f, spec.size.x), y));
        result.second = touch_button(spec);
    }
    if (primary) {
        const float avail = ImGui::GetWindowWidth() - 2 * ImGui::GetStyle().WindowPadding.x;
        ImGui::SetCursorPos(ImVec2(start_x(avail - primary_w, primary_w), y));
        result.primary = touch_button({primary->id, primary->label, ImVec2(primary_w, m.button_h), ButtonRole::Primary,
                                       primary->icon, primary->enabled, rtl()});
    }
    return result;
}

}  // namespace gc::ui
