#include "ui/screens/attract_screen.hpp"

#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/touch_button.hpp"

namespace gc::ui {

std::string AttractScreen::title(UiContext&) const { return _("Welkom bij de groepsconsult"); }

std::string AttractScreen::spoken_text(UiContext& ctx) const {
    return title(ctx) + ". " + _("Kies uw taal.");
}

void AttractScreen::enter(UiContext&) {
    // Nobody has chosen a language yet, so the prompt stands in every language at once.
    // Translated once here (switching the catalog briefly), never per frame.
    const std::string current = i18n::current_language().code;
    m_choose_in_every_language.clear();
    for (const auto& language : i18n::languages()) {
        if (language.code == "nl") continue;
        i18n::set_language(language.code);
        const char* choose = _("Kies uw taal");
        if (!m_choose_in_every_language.empty()) m_choose_in_every_language += "  ·  ";
        m_choose_in_every_language += language.rtl ? display_line(choose, true) : std::string(choose);
    }
    i18n::set_language(current);
}

void AttractScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(0, 1.5f * m.em));
    ImGui::PushFont(ctx.fonts.big);
    text_block("Groepsconsult", width, false, Align::Center, colours::kPrimary);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0.5f * m.em));
    // The welcome stands in Dutch and in each language, since nobody has chosen yet.
    ImGui::PushFont(ctx.fonts.title);
    text_block("Kies uw taal", width, false, Align::Center);
    ImGui::PopFont();
    text_block(m_choose_in_every_language, width, false, Align::Center, colours::kMuted);
    ImGui::Dummy(ImVec2(0, 1.0f * m.em));

    const auto& languages = i18n::languages();
    const float button_w = 9.5f * m.em, button_h = 3.2f * m.em, gap = m.pad;
    const int per_row = 3;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const auto& language = languages[i];
        const int col = static_cast<int>(i % per_row);
        const std::size_t row_start = i - static_cast<std::size_t>(col);
        const auto in_row = static_cast<float>(std::min<std::size_t>(per_row, languages.size() - row_start));
        const float row_w = in_row * button_w + (in_row - 1) * gap;
        if (col == 0 && i > 0) ImGui::Dummy(ImVec2(0, 0));
        const float x = ImGui::GetStyle().WindowPadding.x + (width - row_w) / 2 + static_cast<float>(col) * (button_w + gap);
        if (col > 0) ImGui::SameLine();
        ImGui::SetCursorPosX(x);
        const std::string id = "lang_" + language.code;
        if (touch_button({id.c_str(), language.native_name, ImVec2(button_w, button_h), ButtonRole::Primary,
                          Pictogram::None, true, language.rtl, ctx.fonts.title})) {
            ctx.switch_language(language.code);
            ctx.flow.start(language.code);
        }
    }
}

}  // namespace gc::ui
