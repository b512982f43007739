#include "ui/theme.hpp"

#include <algorithm>
#include <cstdlib>
#include <string>

namespace gc::ui {

Metrics metrics_for(float scale) {
    Metrics m;
    m.scale = scale;
    m.em = 30.0f * scale;
    m.touch_min = 48.0f * scale;
    m.primary_min = 80.0f * scale;
    m.pad = 0.8f * m.em;
    m.button_h = 3.0f * m.em;
    m.key = 2.8f * m.em;
    return m;
}

float ui_scale_from_environment() {
    const char* env = std::getenv("KIOSK_UI_SCALE");
    if (!env || !*env) return 1.0f;
    try {
        return std::clamp(std::stof(env), 0.5f, 3.0f);
    } catch (...) {
        return 1.0f;
    }
}

void apply_theme(const Metrics& m) {
    ImGuiStyle& style = ImGui::GetStyle();
    style = ImGuiStyle();
    ImGui::StyleColorsLight(&style);
    style.WindowPadding = ImVec2(m.pad, m.pad);
    style.ItemSpacing = ImVec2(m.pad * 0.6f, m.pad * 0.6f);
    style.WindowBorderSize = 0;
    style.WindowRounding = 0;
    style.FrameRounding = 0.3f * m.em;
    style.TouchExtraPadding = ImVec2(4 * m.scale, 4 * m.scale);
    style.Colors[ImGuiCol_WindowBg] = ImGui::ColorConvertU32ToFloat4(colours::kBackground);
    style.Colors[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(colours::kText);
    style.Colors[ImGuiCol_PopupBg] = ImGui::ColorConvertU32ToFloat4(colours::kPanel);
    style.Colors[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.55f);
}

}  // namespace gc::ui
