#include "ui/layout.hpp"

#include "i18n/i18n.hpp"

namespace gc::ui {

bool rtl() { return i18n::is_rtl(); }

float start_x(float start_offset, float w) {
    const float left = ImGui::GetStyle().WindowPadding.x;
    const float avail = ImGui::GetWindowWidth() - 2 * left;
    return rtl() ? left + avail - start_offset - w : left + start_offset;
}

float footer_height(const UiContext& ctx) { return ctx.metrics.button_h + ctx.metrics.pad; }

namespace {
float footer_y(const Metrics& m) { return ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - m.button_h; }
float back_width(const Metrics& m) { return 7.0f * m.em; }
float primary_width(const Metrics& m) { return 11.0f * m.em; }
}  // namespace

FooterMiddle footer_middle(const UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float avail = ImGui::GetWindowWidth() - 2 * ImGui::GetStyle().WindowPadding.x;
    return {back_width(m) + m.pad, avail - back_width(m) - primary_width(m) - 2 * m.pad, footer_y(m)};
}

FooterResult footer(const UiContext& ctx, bool show_back, const std::optional<FooterAction>& primary) {
    FooterResult result;
    const auto& m = ctx.metrics;
    const float y = footer_y(m);
    const float back_w = back_width(m), primary_w = primary_width(m);
    if (show_back) {
        ImGui::SetCursorPos(ImVec2(start_x(0, back_w), y));
        result.back = touch_button({"back", C_("knop", "Terug"), ImVec2(back_w, m.button_h), ButtonRole::Normal,
                                    Pictogram::Back, true, rtl()});
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
