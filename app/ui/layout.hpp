#pragma once
// Placement helpers shared by screens: the content box, mirrored positions for right-to-left
// languages, and the footer with Back and the main action.
#include "ui/ui_context.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui.h>

#include <optional>

namespace gc::ui {

bool rtl();

// x of a box of width w placed at `start_offset` from the start side of the content region.
float start_x(float start_offset, float w);

struct FooterAction {
    const char* id;
    std::string label;
    Pictogram icon = Pictogram::Next;
    bool enabled = true;
};

struct FooterResult {
    bool back = false;
    bool primary = false;
    bool second = false;
};

// Back on the start side (left, or right in Arabic), the primary action on the end side, and
// an optional second action beside Back (it never pushes the screen's content off the bottom).
FooterResult footer(const UiContext& ctx, bool show_back, const std::optional<FooterAction>& primary,
                    const std::optional<FooterAction>& second = std::nullopt);

// Height reserved for the footer at the bottom of the window.
float footer_height(const UiContext& ctx);

}  // namespace gc::ui
