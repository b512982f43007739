#include "ui/screens/goodbye_screen.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"

#include <algorithm>

namespace gc::ui {

std::string GoodbyeScreen::title(UiContext&) const { return _("Dank u wel!"); }

const char* GoodbyeScreen::message(UiContext& ctx) const {
    return ctx.flow.visit().sheet_requested
               ? N_("Uw uitslag komt uit de printer. Neem het papier mee naar het gesprek met de huisarts.")
               : N_("De printer doet het nu niet. De gastvrouw print uw uitslag straks voor u.");
}

std::string GoodbyeScreen::spoken_text(UiContext& ctx) const { return title(ctx) + " " + _(message(ctx)); }

void GoodbyeScreen::draw_body(UiContext& ctx) {
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::Dummy(ImVec2(0, 2 * ctx.metrics.em));
    ImGui::PushFont(ctx.fonts.title);
    text_block(_(message(ctx)), width, rtl(), Align::Center);
    ImGui::PopFont();
    // Three quick questions about the visit, when the circuit has them.
    if (ctx.flow.circuit().questionnaire("experience")) {
        const auto& m = ctx.metrics;
        const float w = std::min(width, 14.0f * m.em);
        ImGui::Dummy(ImVec2(0, m.em));
        ImGui::SetCursorPosX(ImGui::GetStyle().WindowPadding.x + (width - w) / 2);
        if (touch_button({"experience", _("Hoe vond u het?"), ImVec2(w, 2.6f * m.em), ButtonRole::Normal,
                          Pictogram::FaceHappy, true, rtl(), nullptr, false})) {
            ctx.flow.open_experience();
        }
    }
    const auto f = footer(ctx, false, FooterAction{"done", _("Klaar"), Pictogram::Check});
    if (f.primary) ctx.flow.finish();
}

}  // namespace gc::ui
