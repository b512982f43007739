#pragma once
// Text as ImGui must draw it: wrapped in logical order first, then each line shaped and put in
// visual order for right-to-left languages. Results are cached (never shaped per frame).
#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace gc::ui {

enum class Align { Start, Center, End };  // Start = left in LTR, right in RTL

// Lines ready to draw for `logical` wrapped at `width` px in the current font (width <= 0: no
// wrapping, only explicit newlines).
const std::vector<std::string>& layout_lines(std::string_view logical, float width, bool rtl);

// One display line (buttons, labels): shaped when rtl.
const std::string& display_line(std::string_view logical, bool rtl);

// Draws wrapped text at the cursor, advancing it. Returns the height used.
float text_block(std::string_view logical, float width, bool rtl, Align align = Align::Start,
                 ImU32 colour = 0);

// Height text_block would use.
float text_block_height(std::string_view logical, float width, bool rtl);

// Keeps a number with its unit ("146 mmHg") together and left-to-right inside right-to-left
// text (Unicode isolate LRI…PDI); the marks are removed after shaping.
std::string ltr_isolate(const std::string& text);

// Forget cached layouts (language, font or scale changed).
void clear_text_cache();

}  // namespace gc::ui
