#pragma once
// One tab of host mode (behind the PIN): the session board, registration, devices, printer,
// the group picture, exports. A panel gets what it shows through its constructor (the kiosk
// owns the devices, the printer and the store) and draws itself with the shared touch widgets;
// host mode owns the tab bar and the PIN. Panels never draw on participant screens.
#include "ui/ui_context.hpp"

#include <string>

namespace gc::ui {

class HostPanel {
public:
    virtual ~HostPanel() = default;
    virtual std::string id() const = 0;     // stable, for scripts and logs: "board", "devices"
    virtual std::string title() const = 0;  // translated tab label
    // The panel fills the whole screen (the group picture shown to the group): host mode hides
    // its tab bar, and the panel itself offers the way back.
    virtual bool full_screen() const { return false; }
    // Something here needs the host's eye (an urgent value, a printer out of paper, a device
    // that went away): host mode shows a mark on the tab and on the participant screen's
    // discreet host button.
    virtual bool needs_attention() const { return false; }
    virtual void enter(UiContext&) {}  // the tab was opened: refresh what it shows
    virtual void leave() {}            // another tab was opened, or host mode closed
    virtual void draw(UiContext& ctx) = 0;
};

}  // namespace gc::ui
