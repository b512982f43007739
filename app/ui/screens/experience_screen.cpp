#include "ui/screens/experience_screen.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"

namespace gc::ui {
namespace {

const Questionnaire* experience_of(const UiContext& ctx) { return ctx.flow.circuit().questionnaire("experience"); }

}  // namespace

void ExperienceScreen::enter(UiContext&) {
    m_answers.clear();
    m_error = nullptr;
}

std::string ExperienceScreen::title(UiContext& ctx) const {
    const Questionnaire* q = experience_of(ctx);
    return q ? _(q->title.c_str()) : std::string();
}

std::string ExperienceScreen::spoken_text(UiContext& ctx) const {
    const Questionnaire* q = experience_of(ctx);
    if (!q) return {};
    std::string text = _(q->title.c_str());
    for (const auto& item : q->items) {
        text += std::string(" ") + _(item.text.c_str());
        for (const auto& o : item.options) text += std::string(" ") + _(o.label.c_str()) + ".";
    }
    return text;
}

void ExperienceScreen::draw_body(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const Questionnaire* q = experience_of(ctx);
    if (q) {
        for (const auto& item : q->items) {
            ImGui::PushFont(ctx.fonts.title);
            text_block(_(item.text.c_str()), width, rtl());
            ImGui::PopFont();
            const float gap = m.pad;
            const float face_w = std::min(9.0f * m.em, (width - 2 * gap) / 3);
            const float top = ImGui::GetCursorPosY();
            for (std::size_t i = 0; i < item.options.size(); ++i) {
                const auto& o = item.options[i];
                ImGui::SetCursorPos(ImVec2(start_x(static_cast<float>(i) * (face_w + gap), face_w), top));
                const std::string id = "exp_" + item.id + "_" + o.id;
                auto chosen = m_answers.find(item.id);
                const bool is_chosen = chosen != m_answers.end() && chosen->second == o.id;
                if (touch_button({id.c_str(), _(o.label.c_str()), ImVec2(face_w, 2.4f * m.em),
                                  is_chosen ? ButtonRole::Selected : ButtonRole::Normal,
                                  pictogram_from_name(o.pictogram), true, rtl(), nullptr, false})) {
                    m_answers[item.id] = o.id;
                }
            }
            ImGui::SetCursorPosY(top + 2.4f * m.em + 0.5f * m.em);
        }
    }
    if (m_error) text_block(_(m_error), width, rtl(), Align::Start, colours::kError);
    const auto f = footer(ctx, true, FooterAction{"experience_done", _("Klaar"), Pictogram::Check, !m_answers.empty()});
    if (f.back) ctx.flow.back();
    if (f.primary) {
        Outcome outcome = ctx.flow.save_experience(m_answers);
        m_error = outcome.ok ? nullptr : outcome.message;
    }
}

}  // namespace gc::ui
