#include "ui/screens/station_screen.hpp"

#include "core/flow/assessment_input.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/numeric_keypad.hpp"
#include "ui/widgets/traffic_light.hpp"

#include <algorithm>

namespace gc::ui {
namespace {

std::string value_with_unit(double value, Measure measure) {
    std::string text = i18n::format_decimal(value, measure_decimals(measure), i18n::current_language());
    if (!measure_unit(measure).empty()) text += " " + std::string(measure_unit(measure));
    return text;
}

// The language's decimal sign for the keypad key; asked of ICU once per language, not per frame.
const char* decimal_sign() {
    static std::string language, sign;
    if (language != i18n::current_language().code) {
        language = i18n::current_language().code;
        const std::string one_and_half = i18n::format_decimal(1.5, 1, i18n::current_language());
        sign = one_and_half.substr(1, one_and_half.size() - 2);
    }
    return sign.c_str();
}

}  // namespace

void StationScreen::enter(UiContext& ctx) {
    m_question = 0;
    m_error = nullptr;
    select_entry(ctx, 0);
    refresh_assessment(ctx);
}

std::string StationScreen::title(UiContext& ctx) const { return _(ctx.flow.current_station().title.c_str()); }

Pictogram StationScreen::pictogram(UiContext& ctx) const {
    return pictogram_from_name(ctx.flow.current_station().pictogram);
}

std::string StationScreen::spoken_text(UiContext& ctx) const {
    const Station& s = ctx.flow.current_station();
    std::string text = std::string(_(s.title.c_str())) + ". " + _(s.instruction.c_str());
    if (s.kind == StationKind::Questions && m_question < s.questions.size()) {
        const Question& q = s.questions[m_question];
        text += std::string(" ") + _(q.text.c_str());
        for (const auto& o : q.options) text += std::string(" ") + _(o.label.c_str()) + ".";
    }
    return text;
}

void StationScreen::select_entry(UiContext& ctx, std::size_t index) {
    const Station& s = ctx.flow.current_station();
    if (s.kind != StationKind::Measure || index >= s.entries.size()) return;
    m_entry = index;
    m_keypad = KeypadBuffer(measure_decimals(s.entries[index].measure), 5);
}

void StationScreen::refresh_assessment(UiContext& ctx) {
    m_assessment = assess(ctx.rules, assessment_input(ctx.flow.visit(), ctx.current_year));
}

void StationScreen::save_value(UiContext& ctx) {
    auto value = m_keypad.value();
    if (!value) return;
    Outcome outcome = ctx.flow.enter_value(m_entry, *value);
    if (!outcome.ok) {
        m_error = outcome.message;
        return;
    }
    m_error = nullptr;
    refresh_assessment(ctx);
    // On to the next entry still empty, so the participant can keep typing.
    const Station& s = ctx.flow.current_station();
    for (std::size_t i = 1; i <= s.entries.size(); ++i) {
        const std::size_t next = (m_entry + i) % s.entries.size();
        if (!ctx.flow.visit().values.count(s.entries[next].measure)) {
            select_entry(ctx, next);
            return;
        }
    }
    m_keypad.clear();
}

void StationScreen::draw_body(UiContext& ctx) {
    const Station& s = ctx.flow.current_station();
    if (s.kind == StationKind::Measure) {
        draw_measure_station(ctx);
    } else {
        draw_questions(ctx);
    }
    const bool complete = ctx.flow.station_complete();
    const auto f = footer(ctx, true, FooterAction{"next", complete ? _("Volgende") : _("Overslaan"), Pictogram::Next});
    if (f.back) {
        if (s.kind == StationKind::Questions && m_question > 0) {
            --m_question;
        } else {
            ctx.flow.back();
        }
    }
    if (f.primary) ctx.flow.next();
}

void StationScreen::draw_measure_station(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const Station& s = ctx.flow.current_station();
    const float width = ImGui::GetContentRegionAvail().x;
    const float keypad_w = 3 * m.key * 1.25f + 2 * m.key * 0.12f;
    const float list_w = width - keypad_w - 2 * m.pad;
    const float top = ImGui::GetCursorPosY();

    // Start side: instruction, the entries, and the light of the selected entry.
    ImGui::SetCursorPos(ImVec2(start_x(0, list_w), top));
    text_block(_(s.instruction.c_str()), list_w, rtl());
    ImGui::Dummy(ImVec2(0, 0.2f * m.em));
    for (std::size_t i = 0; i < s.entries.size(); ++i) {
        const StationEntry& e = s.entries[i];
        auto stored = ctx.flow.visit().values.find(e.measure);
        std::string label = _(e.label.c_str());
        label += ":  ";
        label += stored != ctx.flow.visit().values.end() ? ltr_isolate(value_with_unit(stored->second, e.measure)) : "—";
        const std::string id = "entry_" + std::string(measure_name(e.measure));
        ImGui::SetCursorPosX(start_x(0, list_w));
        if (touch_button({id.c_str(), label, ImVec2(list_w, 2.2f * m.em),
                          i == m_entry ? ButtonRole::Selected : ButtonRole::Normal,
                          stored != ctx.flow.visit().values.end() ? Pictogram::Check : Pictogram::None, true, rtl()})) {
            select_entry(ctx, i);
        }
    }
    ImGui::Dummy(ImVec2(0, 0.3f * m.em));
    // The light of every value measured here, each once (systolic and diastolic share one).
    std::vector<std::string> shown;
    for (const StationEntry& e : s.entries) {
        const std::string key(light_key_for(e.measure));
        const MeasureLight* light = m_assessment ? m_assessment->light(key) : nullptr;
        if (!light || !ctx.flow.visit().values.count(e.measure)) continue;
        if (std::find(shown.begin(), shown.end(), key) != shown.end()) continue;
        shown.push_back(key);
        ImGui::SetCursorPosX(start_x(0, list_w));
        traffic_light_badge(light->colour, _(light_word(light->colour)), 1.6f * m.em, rtl(), list_w);
        ImGui::SetCursorPosX(start_x(0, list_w));
        text_block(_(light->meaning), list_w, rtl());
    }
    const Measure selected = s.entries[m_entry].measure;

    // End side: the typed value and the keypad (digits always left-to-right).
    const float keypad_x = start_x(list_w + 2 * m.pad, keypad_w);
    ImGui::SetCursorPos(ImVec2(keypad_x, top));
    ImGui::PushFont(ctx.fonts.big);
    std::string typed = keypad_display(m_keypad, decimal_sign());
    if (typed.empty()) typed = " ";
    const std::string unit(measure_unit(selected));
    text_block(typed + (unit.empty() ? "" : " " + unit), keypad_w, false, Align::Center);
    ImGui::PopFont();
    if (m_error) {
        ImGui::SetCursorPosX(keypad_x);
        text_block(_(m_error), keypad_w, rtl(), Align::Center, colours::kError);
    }
    ImGui::SetCursorPosX(keypad_x);
    ImGui::BeginGroup();
    if (numeric_keypad("key", m_keypad, decimal_sign(), measure_decimals(selected) > 0, m.key)) m_error = nullptr;
    ImGui::Dummy(ImVec2(0, 0.1f * m.em));
    if (touch_button({"save", _("Bewaar"), ImVec2(keypad_w, 2.7f * m.em), ButtonRole::Primary, Pictogram::Check,
                      m_keypad.value().has_value(), rtl()})) {
        save_value(ctx);
    }
    ImGui::EndGroup();
}

void StationScreen::draw_questions(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const Station& s = ctx.flow.current_station();
    const float width = ImGui::GetContentRegionAvail().x;
    if (m_question >= s.questions.size()) m_question = s.questions.size() - 1;
    const Question& q = s.questions[m_question];
    const std::string progress = std::to_string(m_question + 1) + " / " + std::to_string(s.questions.size());
    text_block(progress, width, rtl(), Align::End, colours::kMuted);
    ImGui::PushFont(ctx.fonts.title);
    text_block(_(q.text.c_str()), width, rtl());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0.5f * m.em));
    auto chosen = ctx.flow.visit().answers.find(q.id);
    const float option_w = std::min(width, 16.0f * m.em);
    for (const auto& option : q.options) {
        const std::string id = "answer_" + option.id;
        const bool is_chosen = chosen != ctx.flow.visit().answers.end() && chosen->second == option.id;
        ImGui::SetCursorPosX(start_x(0, option_w));
        if (touch_button({id.c_str(), _(option.label.c_str()), ImVec2(option_w, 2.6f * m.em),
                          is_chosen ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::None, true, rtl()})) {
            Outcome outcome = ctx.flow.answer(q.id, option.id);
            m_error = outcome.ok ? nullptr : outcome.message;
            if (outcome.ok && m_question + 1 < s.questions.size()) ++m_question;
        }
    }
    if (m_error) text_block(_(m_error), width, rtl(), Align::Start, colours::kError);
}

}  // namespace gc::ui
