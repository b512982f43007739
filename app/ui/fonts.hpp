#pragma once
// Loads the faces listed in assets/fonts.toml into the ImGui atlas (FreeType builder).
#include <string>

struct ImFont;

namespace gc::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* big = nullptr;
};

// Builds the atlas at `scale`. Throws std::runtime_error naming the file when a font is missing.
Fonts load_fonts(const std::string& fonts_toml_text, float scale);

}  // namespace gc::ui
