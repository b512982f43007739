#include "ui/screens/consent_screen.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"

#include <string>

namespace gc::ui {
namespace {

constexpr const char* kQuestions[3] = {
    N_("Mogen we uw uitslagen naar uw eigen huisarts sturen?"),
    N_("Mogen we uw uitslagen zonder naam gebruiken voor cijfers over de wijk?"),
    N_("Mogen we uw uitslagen zonder naam gebruiken voor onderzoek?"),
};
constexpr const char* kIds[3] = {"consent_gp", "consent_municipality", "consent_research"};

constexpr const char* kIntro = N_("Uw uitslagen zijn van u. U kiest zelf wat we ermee doen.");

}  // namespace

void ConsentScreen::enter(UiContext& ctx) {
    const Consents& c = ctx.flow.visit().consents;
    // Coming back from the card screen keeps the answers; a new participant starts empty.
    if (ctx.flow.visit().card_code.empty() && !(c.share_with_gp || c.municipality || c.research)) {
        m_answers = {};
    }
}

std::string ConsentScreen::title(UiContext&) const { return _("Toestemming"); }

std::string ConsentScreen::spoken_text(UiContext&) const {
    std::string text = _(kIntro);
    for (const char* q : kQuestions) text += std::string(" ") + _(q);
    return text;
}

void ConsentScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    text_block(_(kIntro), width, rtl());
    ImGui::Dummy(ImVec2(0, 0.3f * m.em));
    const float choice_w = 5.0f * m.em, choice_h = 2.2f * m.em;
    const float text_w = width - 2 * choice_w - 2 * m.pad;
    for (int i = 0; i < 3; ++i) {
        const float row_y = ImGui::GetCursorPosY();
        const float text_h = text_block_height(_(kQuestions[i]), text_w, rtl());
        const float row_h = std::max(text_h, choice_h);
        ImGui::SetCursorPos(ImVec2(start_x(0, text_w), row_y + (row_h - text_h) / 2));
        text_block(_(kQuestions[i]), text_w, rtl());
        const std::string yes_id = std::string(kIds[i]) + "_yes", no_id = std::string(kIds[i]) + "_no";
        ImGui::SetCursorPos(ImVec2(start_x(text_w + m.pad, choice_w), row_y + (row_h - choice_h) / 2));
        if (touch_button({yes_id.c_str(), _("Ja"), ImVec2(choice_w, choice_h),
                          m_answers[i] == true ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::Check, true,
                          rtl()})) {
            m_answers[i] = true;
        }
        ImGui::SetCursorPos(ImVec2(start_x(text_w + choice_w + 2 * m.pad, choice_w), row_y + (row_h - choice_h) / 2));
        if (touch_button({no_id.c_str(), _("Nee"), ImVec2(choice_w, choice_h),
                          m_answers[i] == false ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::Cross, true,
                          rtl()})) {
            m_answers[i] = false;
        }
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, row_y + row_h + m.pad));
    }
    const bool all_answered = m_answers[0] && m_answers[1] && m_answers[2];
    if (all_answered) ctx.flow.set_consents({*m_answers[0], *m_answers[1], *m_answers[2]});
    const auto f = footer(ctx, true, FooterAction{"next", _("Verder"), Pictogram::Next, all_answered});
    if (f.back) ctx.flow.back();
    if (f.primary) ctx.flow.confirm_consents();
}

}  // namespace gc::ui
