#pragma once
// The one button of the kiosk: large, a pictogram beside a word, identity from a stable id
// (never from the translated label), rectangle recorded for tests and the UI driver.
#include "ui/widgets/pictogram.hpp"

#include <imgui.h>

#include <string_view>

namespace gc::ui {

enum class ButtonRole {
    Normal,    // secondary actions
    Primary,   // the main action of a screen (larger minimum, filled)
    Selected,  // a chosen option (consent yes/no, an answer)
};

struct ButtonSpec {
    const char* id;            // stable test id, e.g. "next", "lang_ar"
    std::string_view label;    // already translated, logical order
    ImVec2 size;
    ButtonRole role = ButtonRole::Normal;
    Pictogram icon = Pictogram::None;
    bool enabled = true;
    bool rtl = false;          // label shaped + icon on the right
    ImFont* font = nullptr;    // default: current font
    bool mirror_icon = true;   // arrows turn in RTL; pictures of objects (speaker) do not
};

// Returns true on the frame the button was tapped (released inside).
bool touch_button(const ButtonSpec& spec);

// The width the pictogram and the word need, with a margin on both sides: a screen that lays
// out buttons of one width takes the widest of these, so a long Turkish or Polish word fits.
float touch_button_content_width(const ButtonSpec& spec);

}  // namespace gc::ui
