#pragma once
// Sizes in font units ("em"), so the whole UI follows one scale factor (KIOSK_UI_SCALE for the
// real panel), and colours of the kiosk. Rebuilt from scratch when the scale changes.
#include <imgui.h>

namespace gc::ui {

struct Metrics {
    float scale = 1.0f;
    float em = 30.0f;           // body font size in px
    float touch_min = 48.0f;    // smallest touch target (9 mm, WCAG 2.5.5)
    float primary_min = 80.0f;  // main action of a screen (15 mm)
    float pad = 24.0f;          // space between blocks
    float button_h = 90.0f;     // primary button height
    float key = 96.0f;          // keypad key side
};

Metrics metrics_for(float scale);

// KIOSK_UI_SCALE from the environment, clamped to 0.5..3, else 1.
float ui_scale_from_environment();

void apply_theme(const Metrics& m);

namespace colours {
inline constexpr ImU32 kBackground = IM_COL32(250, 247, 240, 255);
inline constexpr ImU32 kText = IM_COL32(30, 30, 30, 255);
inline constexpr ImU32 kMuted = IM_COL32(95, 95, 95, 255);
inline constexpr ImU32 kPrimary = IM_COL32(0, 94, 138, 255);
inline constexpr ImU32 kPrimaryPressed = IM_COL32(0, 64, 96, 255);
inline constexpr ImU32 kButton = IM_COL32(226, 233, 238, 255);
inline constexpr ImU32 kButtonPressed = IM_COL32(190, 204, 214, 255);
inline constexpr ImU32 kSelected = IM_COL32(255, 214, 102, 255);
inline constexpr ImU32 kDisabled = IM_COL32(220, 220, 220, 255);
inline constexpr ImU32 kOnPrimary = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kGreen = IM_COL32(46, 125, 50, 255);
inline constexpr ImU32 kOrange = IM_COL32(230, 108, 0, 255);
inline constexpr ImU32 kRed = IM_COL32(198, 40, 40, 255);
inline constexpr ImU32 kPanel = IM_COL32(255, 255, 255, 255);
inline constexpr ImU32 kError = IM_COL32(178, 34, 34, 255);
}  // namespace colours

}  // namespace gc::ui
