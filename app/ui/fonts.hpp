#pragma once
// Loads the faces listed in assets/fonts.toml into the ImGui atlas (FreeType builder).
#include <future>
#include <memory>
#include <string>

struct ImFont;
struct ImFontAtlas;

namespace gc::ui {

struct Fonts {
    ImFont* body = nullptr;
    ImFont* title = nullptr;
    ImFont* big = nullptr;
};

// Builds the atlas at `scale`. Throws std::runtime_error naming the file when a font is missing.
Fonts load_fonts(const std::string& fonts_toml_text, float scale);

// The same into a stand-alone atlas. Touches no ImGui context, so it may run on another thread
// while no context exists (ImGui::MemAlloc counts allocations in the current context).
Fonts build_font_atlas(ImFontAtlas& atlas, const std::string& fonts_toml_text, float scale);

// Start-up overlap: builds the atlas on a worker thread while the window and GL context are
// made; wait() hands it to Runner (RunnerOptions::font_atlas) before the ImGui context exists.
class BackgroundFontAtlas {
public:
    BackgroundFontAtlas(std::string fonts_toml_text, float scale);
    ~BackgroundFontAtlas();  // waits for the worker
    BackgroundFontAtlas(const BackgroundFontAtlas&) = delete;
    BackgroundFontAtlas& operator=(const BackgroundFontAtlas&) = delete;

    ImFontAtlas* wait();  // rethrows the builder's error (missing font file, broken fonts.toml)
    const Fonts& fonts() const { return m_fonts; }  // valid after wait()

private:
    std::unique_ptr<ImFontAtlas> m_atlas;  // must outlive the ImGui context that shares it
    Fonts m_fonts;
    std::future<Fonts> m_built;
};

}  // namespace gc::ui
