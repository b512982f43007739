#include "ui/screens/questions_screen.hpp"

#include "core/questionnaire/scoring.hpp"
#include "i18n/i18n.hpp"
#include "i18n/speaker.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/tap_scale.hpp"

#include <algorithm>
#include <vector>

namespace gc::ui {
namespace {

const Questionnaire* positive_health_of(const UiContext& ctx) {
    for (const auto& q : ctx.flow.circuit().questionnaires) {
        if (q.scoring == Scoring::PositiveHealth) return &q;
    }
    return nullptr;
}

std::optional<int> grade_of(const UiContext& ctx, const Question& q) {
    auto a = ctx.flow.visit().answers.find(q.id);
    if (a == ctx.flow.visit().answers.end()) return std::nullopt;
    try {
        return std::stoi(a->second);
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

}  // namespace

std::array<SpiderAxis, 6> positive_health_axes(const UiContext& ctx) {
    std::array<SpiderAxis, 6> axes;
    std::optional<PositiveHealthProfile> profile;
    if (const Questionnaire* q = positive_health_of(ctx)) {
        profile = score_questionnaire(*q, answers_for(*q, ctx.flow.visit().answers)).positive_health;
    }
    for (std::size_t d = 0; d < axes.size(); ++d) {
        axes[d].label = _(health_dimension_label(kHealthDimensions[d]));
        if (profile) axes[d].value = profile->scores[d];
    }
    return axes;
}

void QuestionsScreen::enter(UiContext&) {
    m_question = 0;
    m_error = nullptr;
}

std::string QuestionsScreen::title(UiContext& ctx) const { return _(ctx.flow.current_station().title.c_str()); }

Pictogram QuestionsScreen::pictogram(UiContext& ctx) const {
    return pictogram_from_name(ctx.flow.current_station().pictogram);
}

bool QuestionsScreen::has_web(const UiContext& ctx) const {
    const Questionnaire* ph = positive_health_of(ctx);
    if (!ph) return false;
    const auto& qs = ctx.flow.current_station().questions;
    return std::any_of(qs.begin(), qs.end(), [&](const Question& q) { return q.questionnaire == ph->id; });
}

std::string QuestionsScreen::spoken_text(UiContext& ctx) const {
    const Station& s = ctx.flow.current_station();
    if (m_question >= s.questions.size()) {
        std::string text = std::string(_("Zo gaat het met u.")) + " " + _("Waar wilt u over praten?");
        for (const auto& axis : positive_health_axes(ctx)) {
            if (axis.value) text += " " + axis.label + ": " + std::to_string(static_cast<int>(*axis.value)) + ".";
        }
        return text;
    }
    const Question& q = s.questions[m_question];
    std::string text = std::string(_(q.text.c_str()));
    if (q.scale) {
        text += std::string(" ") + _("Tik een cijfer van 0 tot 10.") + " 0: " + _(q.low_label.c_str()) + ". 10: " +
                _(q.high_label.c_str()) + ".";
    } else {
        for (const auto& o : q.options) text += std::string(" ") + _(o.label.c_str()) + ".";
    }
    return text;
}

void QuestionsScreen::answered(UiContext& ctx) {
    const std::size_t count = ctx.flow.current_station().questions.size();
    if (m_question + 1 < count || has_web(ctx)) ++m_question;
    if (ctx.speaker) ctx.speaker->stop();
}

void QuestionsScreen::draw_body(UiContext& ctx) {
    const Station& s = ctx.flow.current_station();
    if (s.questions.empty()) return;
    const std::size_t last = has_web(ctx) ? s.questions.size() : s.questions.size() - 1;
    m_question = std::min(m_question, last);
    if (m_question < s.questions.size()) {
        draw_question(ctx, s.questions[m_question]);
    } else {
        draw_web(ctx);
    }
    const bool complete = ctx.flow.station_complete();
    const auto f = footer(ctx, true, FooterAction{"next", complete ? _("Volgende") : _("Overslaan"), Pictogram::Next});
    if (f.back) {
        if (m_question > 0) {
            --m_question;
            m_error = nullptr;
        } else {
            ctx.flow.back();
        }
    }
    if (f.primary) ctx.flow.next();
}

void QuestionsScreen::draw_question(UiContext& ctx, const Question& q) {
    const auto& m = ctx.metrics;
    const Station& s = ctx.flow.current_station();
    const float width = ImGui::GetContentRegionAvail().x;
    // "21/26" without spaces stays one left-to-right number run in Arabic too.
    std::string progress = std::to_string(m_question + 1) + "/" + std::to_string(s.questions.size());
    if (const Questionnaire* about = ctx.flow.circuit().questionnaire(q.questionnaire)) {
        progress = std::string(_(about->title.c_str())) + "  ·  " + progress;
    }
    text_block(progress, width, rtl(), Align::End, colours::kMuted);
    ImGui::PushFont(ctx.fonts.title);
    text_block(_(q.text.c_str()), width, rtl());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0.6f * m.em));
    if (q.scale) {
        if (auto grade = tap_scale("scale", grade_of(ctx, q), width, 2.6f * m.em, _(q.low_label.c_str()),
                                   _(q.high_label.c_str()), rtl())) {
            Outcome outcome = ctx.flow.answer(q.id, std::to_string(*grade));
            m_error = outcome.ok ? nullptr : outcome.message;
            if (outcome.ok) answered(ctx);
        }
    } else {
        auto chosen = ctx.flow.visit().answers.find(q.id);
        std::vector<std::string> ids;
        std::vector<ButtonSpec> specs;
        ids.reserve(q.options.size());
        float option_w = 22.0f * m.em;  // one width for all answers: the widest label fits
        for (const auto& option : q.options) {
            ids.push_back("answer_" + option.id);
            const bool is_chosen = chosen != ctx.flow.visit().answers.end() && chosen->second == option.id;
            specs.push_back({ids.back().c_str(), _(option.label.c_str()), ImVec2(0, 2.6f * m.em),
                             is_chosen ? ButtonRole::Selected : ButtonRole::Normal,
                             pictogram_from_name(option.pictogram), true, rtl(), nullptr, false});
            option_w = std::max(option_w, touch_button_content_width(specs.back()));
        }
        option_w = std::min(width, option_w);
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const auto& option = q.options[i];
            specs[i].size.x = option_w;
            ImGui::SetCursorPosX(start_x(0, option_w));
            if (touch_button(specs[i])) {
                Outcome outcome = ctx.flow.answer(q.id, option.id);
                m_error = outcome.ok ? nullptr : outcome.message;
                if (outcome.ok) answered(ctx);
            }
            ImGui::Dummy(ImVec2(0, 0.15f * m.em));
        }
    }
    if (m_error) text_block(_(m_error), width, rtl(), Align::Start, colours::kError);
}

void QuestionsScreen::draw_web(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ctx.fonts.title);
    text_block(_("Zo gaat het met u."), width, rtl());
    ImGui::PopFont();
    text_block(_("Waar wilt u over praten?"), width, rtl(), Align::Start, colours::kMuted);
    const float height = ImGui::GetContentRegionAvail().y - footer_height(ctx) - 0.3f * m.em;
    spider_chart(positive_health_axes(ctx), ImVec2(width, std::max(height, 8.0f * m.em)), rtl());
}

}  // namespace gc::ui
