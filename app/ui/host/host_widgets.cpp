#include "ui/host/host_widgets.hpp"

#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace gc::ui {

bool choice_row(const std::string& prefix, const std::vector<Choice>& choices, std::string& chosen, float button_w,
                float button_h, bool allow_none) {
    bool changed = false;
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (i > 0) ImGui::SameLine();
        const auto& c = choices[i];
        const std::string id = prefix + "_" + c.id;
        const bool selected = c.id == chosen;
        if (touch_button({id.c_str(), c.label, ImVec2(button_w, button_h), selected ? ButtonRole::Selected : ButtonRole::Normal,
                          selected ? Pictogram::Check : Pictogram::Ring, true, c.rtl})) {
            chosen = selected && allow_none ? std::string() : c.id;
            changed = true;
        }
    }
    return changed;
}

void HostMessage::show(float width) const {
    if (!msgid) {
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing()));
        return;
    }
    std::string text = _(msgid);
    if (!extra.empty()) text += " " + extra;
    text_block(text, width, false, Align::Start, error ? colours::kError : colours::kGreen);
}

float share_width(float total, std::size_t n) {
    const float count = static_cast<float>(std::max<std::size_t>(1, n));
    return (total - (count - 1) * ImGui::GetStyle().ItemSpacing.x) / count;
}

float host_button_h(const UiContext& ctx) { return std::max(ctx.metrics.touch_min, 1.8f * ctx.metrics.em); }

}  // namespace gc::ui
