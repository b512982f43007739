#include "ui/screens/card_screen.hpp"

#include "core/card_code.hpp"
#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"

namespace gc::ui {
namespace {

// Crockford base32: the symbols a card code can contain (no I, L, O, U).
constexpr const char kSymbols[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr const char* kInstruction = N_("Houd uw kaart voor de scanner. Of typ de code die op uw kaart staat.");

}  // namespace

void CardScreen::enter(UiContext&) {
    m_typed.clear();
    m_error = nullptr;
}

std::string CardScreen::title(UiContext&) const { return _("Uw kaart"); }

std::string CardScreen::spoken_text(UiContext&) const { return _(kInstruction); }

void CardScreen::scanned(UiContext& ctx, const std::string& code) {
    m_typed = code;
    submit(ctx);
}

void CardScreen::submit(UiContext& ctx) {
    auto canonical = normalise_card_code(m_typed);
    if (!canonical) {
        m_error = N_("Deze code klopt niet. Kijk nog eens goed op uw kaart.");
        return;
    }
    Outcome outcome = ctx.flow.enter_card(*canonical);
    m_error = outcome.ok ? nullptr : outcome.message;
}

void CardScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    text_block(_(kInstruction), width, rtl());

    // The code as typed, grouped like on the card; codes are Latin, always left-to-right.
    ImGui::PushFont(ctx.fonts.big);
    std::string shown;
    for (std::size_t i = 0; i < kCardCodeLength; ++i) {
        if (i > 0 && i % 3 == 0) shown += " - ";
        shown += i < m_typed.size() ? m_typed[i] : '_';
    }
    text_block(shown, width, false, Align::Center);
    ImGui::PopFont();
    if (m_error) {
        text_block(_(m_error), width, rtl(), Align::Center, colours::kError);
    } else {
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing()));
    }

    // Symbol keys in 8 columns, always in the same left-to-right order (codes are Latin).
    const float gap = 0.25f * m.em;
    const float key_w = (width - 8 * gap) / 9, key_h = 2.0f * m.em;
    for (int i = 0; kSymbols[i]; ++i) {
        if (i % 8 != 0) ImGui::SameLine(0, gap);
        const std::string id = std::string("code_") + kSymbols[i];
        const std::string label(1, kSymbols[i]);
        if (touch_button({id.c_str(), label, ImVec2(key_w, key_h)}) && m_typed.size() < kCardCodeLength) {
            m_typed.push_back(kSymbols[i]);
            m_error = nullptr;
        }
        if (i % 8 == 7 && i < 8) {  // the erase key closes the first row
            ImGui::SameLine(0, gap);
            if (touch_button({"code_erase", "", ImVec2(key_w, key_h), ButtonRole::Normal, Pictogram::Erase}) &&
                !m_typed.empty()) {
                m_typed.pop_back();
                m_error = nullptr;
            }
        }
    }
    const auto f = footer(ctx, true, FooterAction{"next", _("Verder"), Pictogram::Next, m_typed.size() == kCardCodeLength});
    if (f.back) ctx.flow.back();
    if (f.primary) submit(ctx);
}

}  // namespace gc::ui
