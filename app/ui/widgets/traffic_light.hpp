#pragma once
// A traffic light is never colour alone: a disc in the colour, a symbol inside it (✓ / ! / ✕,
// readable in black and white) and the word beside it.
#include "core/assessment.hpp"

#include <imgui.h>

#include <string_view>

namespace gc::ui {

ImU32 light_colour(Light light);

// The light's symbol (check / exclamation mark / cross) in white, centred at `centre` on a
// coloured area of about `size` px (the disc of a badge, a segment of a bar).
void draw_light_symbol(Light light, ImVec2 centre, float size);

// Draws at the cursor: disc of `disc_size` px, then the (translated) word. Advances the cursor.
// With a `box_width`, right-to-left badges stand at the box's right (start) edge.
void traffic_light_badge(Light light, std::string_view word, float disc_size, bool rtl, float box_width = 0);

}  // namespace gc::ui
