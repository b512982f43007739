// No "?" anywhere: every text of every shipped catalog, as the screen draws it (shaped for
// right-to-left languages, bidi marks removed), has a glyph in the fonts the kiosk loads
// (assets/fonts.toml); so do numbers kept left to right with isolate marks.
#include "i18n/bidi.hpp"
#include "i18n/language.hpp"
#include "po_reader.hpp"
#include "runtime/text_file.hpp"
#include "ui/fonts.hpp"
#include "ui/text_layout.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <sstream>

namespace {

std::string source_file(const std::string& relative) {
    auto text = gc::read_text_file(std::string(GC_TEST_SOURCE_DIR) + "/" + relative);
    REQUIRE(text.has_value());
    return *text;
}

// Code points of `text` that `font` cannot draw (newlines and tabs are layout, not glyphs).
std::string missing_glyphs(ImFont* font, const std::string& text) {
    std::ostringstream missing;
    const char* p = text.c_str();
    const char* end = p + text.size();
    while (p < end) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, end);
        if (c == '\n' || c == '\t') continue;
        if (!font->FindGlyphNoFallback(static_cast<ImWchar>(c))) missing << " U+" << std::hex << std::uppercase << c;
    }
    return missing.str();
}

}  // namespace

TEST_CASE("every text of every catalog has a glyph in the kiosk fonts", "[ui][glyphs]") {
    ImGui::CreateContext();
    const gc::ui::Fonts fonts = gc::ui::load_fonts(source_file("assets/fonts.toml"), 1.0f);
    const auto languages = gc::i18n::parse_languages(source_file("assets/languages.toml"));
    int checked = 0;
    for (const auto& language : languages) {
        const auto messages = gc::test::read_po(std::string(GC_TEST_SOURCE_DIR) + "/locales/" + language.code + ".po");
        for (const auto& m : messages) {
            std::vector<std::string> texts = m.msgstr;
            texts.push_back(m.msgid);  // Dutch, shown when a translation is missing
            for (const auto& text : texts) {
                if (text.empty()) continue;
                std::istringstream lines(text);
                std::string line;
                while (std::getline(lines, line)) {
                    const std::string& shown = gc::ui::display_line(line, language.rtl);  // as drawn
                    for (ImFont* font : {fonts.body, fonts.title}) {
                        INFO(language.code << ": \"" << line << "\"");
                        CHECK(missing_glyphs(font, shown).empty());
                    }
                    ++checked;
                }
            }
        }
        // Numbers with their unit are kept left to right by invisible isolate marks; whatever
        // the direction, they must not reach the font (it would draw them as '?').
        for (const char* value : {"146/92 mmHg", "2 / 3", "NL, TR, AR"}) {
            INFO(language.code << ": isolated \"" << value << "\"");
            CHECK(missing_glyphs(fonts.body, gc::ui::display_line("x " + gc::ui::ltr_isolate(value), language.rtl)).empty());
        }
        for (ImFont* font : {fonts.body, fonts.title}) {
            INFO("language name " << language.native_name);
            CHECK(missing_glyphs(font, language.rtl ? gc::i18n::visual_line(language.native_name) : language.native_name)
                      .empty());
        }
    }
    CHECK(checked > 500);
    // The big face shows digits, codes and units only.
    CHECK(missing_glyphs(fonts.big, "0123456789 ABCDEFGHJKMNPQRSTVWXYZ - _ mmHg kg/m² mmol/L % cm /min").empty());
    ImGui::DestroyContext();
}
