#include "ui/screens/summary_screen.hpp"

#include "core/flow/assessment_input.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/light_text.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/traffic_light.hpp"

#include <algorithm>

#include <cmath>
#include <cstdio>

namespace gc::ui {

void SummaryScreen::enter(UiContext& ctx) {
    m_assessment = assess(ctx.rules, assessment_input(ctx.flow.visit(), ctx.current_year));
}

std::string SummaryScreen::title(UiContext&) const { return _("Uw uitslagen"); }

std::string SummaryScreen::risk_sentence() const {
    if (!m_assessment) return {};
    if (m_assessment->score2) {
        const long in_100 = std::lround(m_assessment->score2->risk_percent);
        char text[256];
        std::snprintf(text, sizeof text,
                      i18n::ntr("Van 100 mensen zoals u krijgt er ongeveer %ld binnen 10 jaar hart- of vaatziekte.",
                                "Van 100 mensen zoals u krijgen er ongeveer %ld binnen 10 jaar hart- of vaatziekte.",
                                static_cast<unsigned long>(std::max(0L, in_100))),
                      in_100);
        return text + heart_age_sentence();
    }
    return (m_assessment->score2_reason ? std::string(_(m_assessment->score2_reason)) : std::string()) +
           heart_age_sentence();
}

std::string SummaryScreen::heart_age_sentence() const {
    if (!m_assessment || !m_assessment->heart_age) return {};
    const long years = std::lround(m_assessment->heart_age->years);
    char text[200];
    // The estimate is rounded to whole years: more precision would suggest certainty it lacks.
    std::snprintf(text, sizeof text,
                  m_assessment->heart_age->capped
                      ? _("Uw hart en bloedvaten zijn ouder dan %ld jaar.")
                      : _("Uw hart en bloedvaten zijn ongeveer %ld jaar oud."),
                  years);
    return std::string(" ") + text;
}

std::string SummaryScreen::spoken_text(UiContext& ctx) const {
    std::string text = title(ctx) + ".";
    if (m_assessment) {
        for (const auto& light : m_assessment->lights) {
            text += std::string(" ") + _(light_label(light.key)) + ": " + shown_value(light) + shown_unit(light) + ". " +
                    _(light_word(light.colour)) + ". " + _(light.meaning);
        }
    }
    return text + " " + risk_sentence();
}

void SummaryScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const std::string risk = risk_sentence();
    const bool urgent = m_assessment && m_assessment->any_urgent();
    const char* urgent_text = _("Een van uw uitslagen is zo hoog dat u vandaag met de huisarts praat.");
    if (!m_assessment || m_assessment->lights.empty()) {
        text_block(_("Er zijn geen metingen bewaard."), width, rtl());
    } else {
        // One row per result: name, value with unit, and the light with its word.
        const float name_w = width * 0.36f, value_w = width * 0.2f, light_w = width * 0.44f - m.pad;
        const float top = ImGui::GetCursorPosY();
        // Rows move closer together when the sentences below need more lines (Polish, Turkish).
        const float below = text_block_height(risk, width, rtl()) +
                            (urgent ? text_block_height(urgent_text, width, rtl()) : 0.0f) + 0.3f * m.em;
        const float room = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - footer_height(ctx) - top - below;
        const float row_h =
            std::clamp(room / static_cast<float>(m_assessment->lights.size()), 1.55f * m.em, 1.85f * m.em);
        float y = top;
        for (const auto& light : m_assessment->lights) {
            ImGui::SetCursorPos(ImVec2(start_x(0, name_w), y + 0.2f * m.em));
            text_block(_(light_label(light.key)), name_w, rtl());
            ImGui::SetCursorPos(ImVec2(start_x(name_w, value_w), y + 0.2f * m.em));
            text_block(shown_value(light) + shown_unit(light), value_w, false, rtl() ? Align::End : Align::Start);
            ImGui::SetCursorPos(ImVec2(start_x(name_w + value_w + m.pad, light_w), y));
            ImGui::BeginGroup();
            traffic_light_badge(light.colour, _(light_word(light.colour)), 1.45f * m.em, rtl());
            ImGui::EndGroup();
            y += row_h;
        }
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, y + 0.3f * m.em));
    }
    if (!risk.empty()) text_block(risk, width, rtl());
    if (urgent) text_block(urgent_text, width, rtl(), Align::Start, colours::kRed);
    // The talk with the professional (goal and neighbourhood offers), when this place has offers:
    // beside Back, so eight results and a two-line risk sentence still leave room for it.
    std::optional<FooterAction> talk;
    if (ctx.offers) talk = FooterAction{"talk", _("Gesprek"), Pictogram::People};
    const auto f = footer(ctx, true, FooterAction{"print", _("Print mijn uitslag"), Pictogram::Print}, talk);
    if (f.second) ctx.flow.open_talk();
    if (f.back) ctx.flow.back();
    if (f.primary) ctx.flow.print_sheet();
}

}  // namespace gc::ui
