#include "ui/widgets/spider_chart.hpp"

#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>

namespace gc::ui {
namespace {

constexpr float kPi = 3.14159265f;

// Axis i points up for i = 0 and goes round clockwise (counter-clockwise in RTL).
ImVec2 direction(std::size_t i, bool rtl) {
    const float step = 2 * kPi / 6 * (rtl ? -1.0f : 1.0f);
    const float angle = -kPi / 2 + step * static_cast<float>(i);
    return ImVec2(std::cos(angle), std::sin(angle));
}

}  // namespace

void spider_chart(const std::array<SpiderAxis, 6>& axes, ImVec2 size, bool rtl) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 local = ImGui::GetCursorPos();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float label_w = size.x * 0.26f;
    const float line_h = ImGui::GetTextLineHeightWithSpacing();
    const float radius = std::min((size.x - 2 * label_w) / 2, (size.y - 4 * line_h) / 2);
    const ImVec2 centre(origin.x + size.x / 2, origin.y + size.y / 2);
    auto at = [&](std::size_t i, double value) {
        const ImVec2 d = direction(i, rtl);
        const float r = radius * static_cast<float>(value) / 10.0f;
        return ImVec2(centre.x + d.x * r, centre.y + d.y * r);
    };
    const float thin = std::max(1.0f, radius / 120);
    // The web: rings at 2, 4, ..., 10 and the six axes.
    for (int ring = 2; ring <= 10; ring += 2) {
        for (std::size_t i = 0; i < 6; ++i) {
            dl->AddLine(at(i, ring), at((i + 1) % 6, ring), ring == 10 ? colours::kMuted : colours::kDisabled, thin);
        }
    }
    for (std::size_t i = 0; i < 6; ++i) dl->AddLine(centre, at(i, 10), colours::kDisabled, thin);
    // The participant's shape: one neutral colour, whatever the values.
    const bool complete = std::all_of(axes.begin(), axes.end(), [](const SpiderAxis& a) { return a.value.has_value(); });
    if (complete) {
        std::array<ImVec2, 6> points;
        for (std::size_t i = 0; i < 6; ++i) points[i] = at(i, *axes[i].value);
        dl->AddConvexPolyFilled(points.data(), 6, (colours::kPrimary & 0x00FFFFFFu) | 0x40000000u);
        dl->AddPolyline(points.data(), 6, colours::kPrimary, ImDrawFlags_Closed, 3 * thin);
    }
    for (std::size_t i = 0; i < 6; ++i) {
        if (axes[i].value) dl->AddCircleFilled(at(i, *axes[i].value), 5 * thin, colours::kPrimary, 16);
    }
    // Labels outside the web with the grade; left of the centre they end at the web.
    for (std::size_t i = 0; i < 6; ++i) {
        const ImVec2 d = direction(i, rtl);
        const ImVec2 tip = at(i, 10.8);
        std::string text = axes[i].label + "  " +
                           (axes[i].value ? ltr_isolate(i18n::format_decimal(*axes[i].value, 0, i18n::current_language()))
                                          : std::string("—"));
        float x = tip.x - origin.x;
        Align align = Align::Center;
        if (d.x > 0.3f) {
            align = rtl ? Align::End : Align::Start;  // visually left-aligned, growing right
        } else if (d.x < -0.3f) {
            x -= label_w;
            align = rtl ? Align::Start : Align::End;  // visually right-aligned, ending at the web
        } else {
            x -= label_w / 2;
        }
        const float h = text_block_height(text, label_w, rtl);
        float y = tip.y - origin.y - h / 2;
        if (d.y < -0.9f) y = tip.y - origin.y - h;  // top axis: above
        if (d.y > 0.9f) y = tip.y - origin.y;       // bottom axis: below
        ImGui::SetCursorPos(ImVec2(local.x + x, local.y + y));
        text_block(text, label_w, rtl, align, colours::kText);
    }
    ImGui::SetCursorPos(ImVec2(local.x, local.y + size.y));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace gc::ui
