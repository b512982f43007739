#pragma once
// A 0-10 scale the participant taps (no typing): eleven large buttons in one row, with what 0
// and 10 mean written under the ends. Numbers run left to right in every language, like the
// keypad. Button ids: "<id>_0" .. "<id>_10".
#include <imgui.h>

#include <optional>
#include <string_view>

namespace gc::ui {

// Returns the grade tapped this frame. `value` is shown selected.
std::optional<int> tap_scale(const char* id, std::optional<int> value, float width, float button_h,
                             std::string_view low_label, std::string_view high_label, bool rtl);

}  // namespace gc::ui
