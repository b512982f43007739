#include "ui/screens/summary_screen.hpp"

#include "core/flow/assessment_input.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/traffic_light.hpp"

#include <algorithm>

#include <cmath>
#include <cstdio>

namespace gc::ui {
namespace {

// Names of the lights as the participant reads them.
const char* light_label(const std::string& key) {
    static const std::pair<const char*, const char*> labels[] = {
        {"blood_pressure", N_("Bloeddruk")},
        {"pulse", N_("Hartslag")},
        {"bmi", N_("Gewicht (BMI)")},
        {"waist", N_("Buikomvang")},
        {"body_fat_percent", N_("Vetpercentage")},
        {"visceral_fat", N_("Buikvet")},
        {"glucose", N_("Suiker")},
        {"hba1c", N_("Suiker (HbA1c)")},
        {"total_cholesterol", N_("Cholesterol")},
        {"hdl", N_("Goed cholesterol (HDL)")},
        {"ldl", N_("LDL-cholesterol")},
        {"tc_hdl_ratio", N_("Cholesterol-verhouding")},
    };
    for (const auto& [k, label] : labels) {
        if (key == k) return label;
    }
    return N_("Meting");
}

std::string shown_value(const MeasureLight& light) {
    const auto& language = i18n::current_language();
    if (light.parts.size() == 2) {
        return i18n::format_decimal(light.parts[0], 0, language) + "/" + i18n::format_decimal(light.parts[1], 0, language);
    }
    // The ruleset rounds to the precision it classifies at; show exactly that many decimals.
    const auto dot = light.display.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(light.display.size() - dot - 1);
    return i18n::format_decimal(light.value, decimals, language);
}

}  // namespace

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
                      i18n::ntr("Van 100 mensen zoals u krijgt ongeveer %ld in de komende 10 jaar een hart- of vaatziekte.",
                                "Van 100 mensen zoals u krijgen ongeveer %ld in de komende 10 jaar een hart- of vaatziekte.",
                                static_cast<unsigned long>(std::max(0L, in_100))),
                      in_100);
        return text;
    }
    return m_assessment->score2_reason ? _(m_assessment->score2_reason) : "";
}

std::string SummaryScreen::spoken_text(UiContext& ctx) const {
    std::string text = title(ctx) + ".";
    if (m_assessment) {
        for (const auto& light : m_assessment->lights) {
            text += std::string(" ") + _(light_label(light.key)) + ": " + shown_value(light) + ". " +
                    _(light_word(light.colour)) + ". " + _(light.meaning);
        }
    }
    return text + " " + risk_sentence();
}

void SummaryScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    if (!m_assessment || m_assessment->lights.empty()) {
        text_block(_("Er zijn geen metingen bewaard."), width, rtl());
    } else {
        // Two columns of results: name and value, then the light with its word.
        const float col_w = (width - m.pad) / 2;
        const float row_h = 2.3f * m.em;
        const float top = ImGui::GetCursorPosY();
        std::size_t i = 0;
        for (const auto& light : m_assessment->lights) {
            const float col_offset = static_cast<float>(i % 2) * (col_w + m.pad);
            const float y = top + static_cast<float>(i / 2) * row_h;
            ImGui::SetCursorPos(ImVec2(start_x(col_offset, col_w), y));
            const std::string line = std::string(_(light_label(light.key))) + ": " + shown_value(light);
            text_block(line, col_w * 0.55f, rtl());
            ImGui::SetCursorPos(ImVec2(start_x(col_offset + col_w * 0.57f, col_w * 0.43f), y));
            ImGui::BeginGroup();
            traffic_light_badge(light.colour, _(light_word(light.colour)), 1.5f * m.em, rtl());
            ImGui::EndGroup();
            ++i;
        }
        ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x,
                                   top + static_cast<float>((i + 1) / 2) * row_h + 0.3f * m.em));
    }
    const std::string risk = risk_sentence();
    if (!risk.empty()) text_block(risk, width, rtl());
    if (m_assessment && m_assessment->any_urgent()) {
        text_block(_("Een van uw uitslagen is zo hoog dat u vandaag met de huisarts praat."), width, rtl(), Align::Start,
                   colours::kRed);
    }
    const auto f = footer(ctx, true, FooterAction{"print", _("Print mijn uitslag"), Pictogram::Print});
    if (f.back) ctx.flow.back();
    if (f.primary) ctx.flow.print_sheet();
}

}  // namespace gc::ui
