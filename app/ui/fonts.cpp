#include "ui/fonts.hpp"

#include <imgui.h>
#include <imgui_freetype.h>
#include <toml++/toml.h>

#include <deque>
#include <filesystem>
#include <stdexcept>
#include <vector>

namespace gc::ui {
namespace {

// ImGui keeps pointers to glyph ranges until the atlas is built; they must outlive it.
std::deque<std::vector<ImWchar>>& range_storage() {
    static std::deque<std::vector<ImWchar>> storage;
    return storage;
}

const ImWchar* ranges_of(const toml::array& pairs) {
    auto& ranges = range_storage().emplace_back();
    for (const auto& pair : pairs) {
        const auto* p = pair.as_array();
        if (!p || p->size() != 2) throw std::runtime_error("fonts.toml: a range is [first, last]");
        ranges.push_back(static_cast<ImWchar>((*p)[0].value_or(0)));
        ranges.push_back(static_cast<ImWchar>((*p)[1].value_or(0)));
    }
    ranges.push_back(0);
    return ranges.data();
}

}  // namespace

Fonts load_fonts(const std::string& fonts_toml_text, float scale) {
    ImGuiIO& io = ImGui::GetIO();
    Fonts fonts = build_font_atlas(*io.Fonts, fonts_toml_text, scale);
    io.FontDefault = fonts.body;
    return fonts;
}

Fonts build_font_atlas(ImFontAtlas& atlas, const std::string& fonts_toml_text, float scale) {
    atlas.Clear();
    range_storage().clear();
    atlas.FontBuilderIO = ImGuiFreeType::GetBuilderForFreeType();
    atlas.FontBuilderFlags = ImGuiFreeTypeBuilderFlags_LightHinting;
    // As tall as the glyphs need, not the next power of two (2048): GL 3 takes any size, and
    // the texture stays resident in the driver for the kiosk's whole run.
    atlas.Flags |= ImFontAtlasFlags_NoPowerOfTwoHeight;

    const toml::table root = toml::parse(std::string_view(fonts_toml_text), std::string_view("fonts.toml"));
    Fonts fonts;
    const auto* faces = root.get_as<toml::array>("face");
    if (!faces) throw std::runtime_error("fonts.toml: no [[face]]");
    for (const auto& face_node : *faces) {
        const auto& face = *face_node.as_table();
        const std::string name = face["name"].value_or(std::string());
        const float size = face["size"].value_or(30.0f) * scale;
        ImFont* font = nullptr;
        bool first = true;
        for (const auto& file_node : *face.get_as<toml::array>("file")) {
            const auto& file = *file_node.as_table();
            const std::string path = file["path"].value_or(std::string());
            if (!std::filesystem::exists(path)) throw std::runtime_error("font file missing: " + path);
            ImFontConfig config;
            config.OversampleH = 1;  // FreeType renders sharp enough without oversampling
            config.MergeMode = !first;
            ImFont* added = atlas.AddFontFromFileTTF(path.c_str(), size, &config,
                                                         ranges_of(*file.get_as<toml::array>("ranges")));
            if (first) font = added;
            first = false;
        }
        if (name == "body") fonts.body = font;
        if (name == "title") fonts.title = font;
        if (name == "big") fonts.big = font;
    }
    if (!fonts.body || !fonts.title || !fonts.big) throw std::runtime_error("fonts.toml: faces body, title and big are required");
    if (!atlas.Build()) throw std::runtime_error("font atlas could not be built");
    return fonts;
}

BackgroundFontAtlas::BackgroundFontAtlas(std::string fonts_toml_text, float scale)
    : m_atlas(std::make_unique<ImFontAtlas>()),
      m_built(std::async(std::launch::async, [atlas = m_atlas.get(), text = std::move(fonts_toml_text), scale] {
          Fonts fonts = build_font_atlas(*atlas, text, scale);
          // The GL backend uploads RGBA: convert here too, off the main thread (cached by the atlas).
          unsigned char* pixels = nullptr;
          int width = 0, height = 0;
          atlas->GetTexDataAsRGBA32(&pixels, &width, &height);
          return fonts;
      })) {}

BackgroundFontAtlas::~BackgroundFontAtlas() {
    if (m_built.valid()) m_built.wait();
}

ImFontAtlas* BackgroundFontAtlas::wait() {
    if (m_built.valid()) m_fonts = m_built.get();
    return m_atlas.get();
}

}  // namespace gc::ui
