#pragma once
// The spider web of Positieve Gezondheid: six axes 0-10, the participant's grades joined as a
// shape. Never coloured by value (a conversation tool, not a traffic light). Right-to-left
// languages mirror it: the axes run counter-clockwise and labels align to the other side.
#include <imgui.h>

#include <array>
#include <optional>
#include <string>

namespace gc::ui {

struct SpiderAxis {
    std::string label;            // translated
    std::optional<double> value;  // 0-10; empty: not answered (no point on that axis)
};

// Draws at the cursor in a box of `size` and advances the cursor below it.
void spider_chart(const std::array<SpiderAxis, 6>& axes, ImVec2 size, bool rtl);

}  // namespace gc::ui
