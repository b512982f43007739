#pragma once
// Small pieces shared by the host panels: a row of choice buttons and a status line.
#include "ui/ui_context.hpp"

#include <string>
#include <vector>

namespace gc::ui {

struct Choice {
    std::string id;     // stored value, also in the widget id: "<prefix>_<id>"
    std::string label;  // translated
    bool rtl = false;   // label in a right-to-left script (shaped for display)
};

// One button per choice, the chosen one marked; returns true when the choice changed.
// `allow_none`: tapping the chosen one again clears it.
bool choice_row(const std::string& prefix, const std::vector<Choice>& choices, std::string& chosen, float button_w,
                float button_h, bool allow_none = false);

// What the last action did: `msgid` (Dutch, translated here) in red when it failed.
struct HostMessage {
    const char* msgid = nullptr;
    std::string extra;  // not translated (a card code)
    bool error = false;
    void show(float width) const;
};

// Width of each of `n` buttons side by side filling `total` (with ImGui's item spacing).
float share_width(float total, std::size_t n);

// Buttons a host panel uses: smaller than the participant's, still >= 48 px.
float host_button_h(const UiContext& ctx);

}  // namespace gc::ui
