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

// The four checks of a good blood-pressure measurement, each shown with a picture.
const char* const kRestChecks[] = {N_("Voeten plat op de grond."), N_("Rug tegen de leuning."),
                                   N_("Arm op tafel, op hoogte van het hart."), N_("Past de band? Kijk naar de streep.")};

std::string minutes_seconds(Millis left) {
    const long long total = (left.count() + 999) / 1000;
    std::string seconds = std::to_string(total % 60);
    if (seconds.size() < 2) seconds = "0" + seconds;
    return std::to_string(total / 60) + ":" + seconds;
}

}  // namespace

void StationScreen::enter(UiContext& ctx) {
    m_question = 0;
    m_error = nullptr;
    m_pending.clear();
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
    if (ctx.flow.blood_pressure() && ctx.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Resting) {
        for (const char* check : kRestChecks) text += std::string(" ") + _(check);
        text += std::string(" ") + _("Rust uit en praat niet.");
    }
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

// Blood pressure is typed as readings: top, bottom and pulse of one reading, then the next.
void StationScreen::save_bp_entry(UiContext& ctx, double value) {
    const Station& s = ctx.flow.current_station();
    m_pending[s.entries[m_entry].measure] = value;
    if (m_entry + 1 < s.entries.size()) {
        select_entry(ctx, m_entry + 1);
        return;
    }
    BpReading reading;
    reading.systolic = m_pending.count(Measure::Systolic) ? m_pending[Measure::Systolic] : 0;
    reading.diastolic = m_pending.count(Measure::Diastolic) ? m_pending[Measure::Diastolic] : 0;
    if (m_pending.count(Measure::Pulse)) reading.pulse = m_pending[Measure::Pulse];
    Outcome outcome = ctx.flow.enter_bp_reading(reading);
    m_error = outcome.ok ? nullptr : outcome.message;
    m_pending.clear();
    select_entry(ctx, 0);
    if (outcome.ok) refresh_assessment(ctx);
}

void StationScreen::save_value(UiContext& ctx) {
    auto value = m_keypad.value();
    if (!value) return;
    if (ctx.flow.blood_pressure()) {
        save_bp_entry(ctx, *value);
        return;
    }
    const bool repeating = ctx.flow.repeated() != nullptr && m_entry == 0;
    Outcome outcome = ctx.flow.enter_value(m_entry, *value);
    if (!outcome.ok) {
        m_error = outcome.message;
        return;
    }
    m_error = nullptr;
    refresh_assessment(ctx);
    if (repeating && ctx.flow.repeated()) {  // one more entry of the same value
        m_keypad.clear();
        return;
    }
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
    if (ctx.flow.blood_pressure()) draw_blood_pressure_guide(ctx, list_w);
    if (auto height = ctx.flow.height_to_confirm()) {
        // An adult's length does not change: the earlier visit's value, confirmed with one tap.
        ImGui::SetCursorPosX(start_x(0, list_w));
        text_block(std::string(_("Uw lengte van de vorige keer:")) + " " + ltr_isolate(value_with_unit(*height, Measure::Height)) +
                       ". " + _("Klopt dat nog?"),
                   list_w, rtl());
        ImGui::SetCursorPosX(start_x(0, list_w));
        if (touch_button({"height_confirm", _("Ja, dat klopt"), ImVec2(list_w, 2.0f * m.em), ButtonRole::Normal,
                          Pictogram::Check, true, rtl()})) {
            Outcome outcome = ctx.flow.confirm_previous_height();
            m_error = outcome.ok ? nullptr : outcome.message;
            if (outcome.ok) {
                refresh_assessment(ctx);
                select_entry(ctx, m_entry + 1 < s.entries.size() ? m_entry + 1 : m_entry);
            }
        }
    }
    if (const RepeatedEntry* repeat = ctx.flow.repeated(); repeat && !repeat->values().empty()) {
        std::string done;
        for (double v : repeat->values()) done += (done.empty() ? "" : "  ·  ") + ltr_isolate(value_with_unit(v, s.entries[0].measure));
        ImGui::SetCursorPosX(start_x(0, list_w));
        text_block(done, list_w, rtl(), Align::Start, colours::kMuted);
        ImGui::SetCursorPosX(start_x(0, list_w));
        text_block(_("Meet nog een keer."), list_w, rtl());
    }
    const bool counting_down = ctx.flow.blood_pressure() && (ctx.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Resting ||
                                                              ctx.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Waiting);
    // While resting, the pictures fill the start side; the entries come back for the readings.
    const bool resting = ctx.flow.blood_pressure() && ctx.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Resting;
    for (std::size_t i = 0; i < s.entries.size() && !resting; ++i) {
        const StationEntry& e = s.entries[i];
        auto stored = ctx.flow.visit().values.find(e.measure);
        auto pending = m_pending.find(e.measure);
        std::string label = _(e.label.c_str());
        label += ":  ";
        if (pending != m_pending.end()) {
            label += ltr_isolate(value_with_unit(pending->second, e.measure));
        } else {
            label += stored != ctx.flow.visit().values.end() ? ltr_isolate(value_with_unit(stored->second, e.measure)) : "—";
        }
        const std::string id = "entry_" + std::string(measure_name(e.measure));
        ImGui::SetCursorPosX(start_x(0, list_w));
        if (touch_button({id.c_str(), label, ImVec2(list_w, 2.2f * m.em),
                          i == m_entry ? ButtonRole::Selected : ButtonRole::Normal,
                          stored != ctx.flow.visit().values.end() ? Pictogram::Check : Pictogram::Ring, !counting_down,
                          rtl()})) {
            select_entry(ctx, i);
        }
    }
    if (ctx.flow.device_problem()) {
        // "Meet opnieuw" with the station device's pictogram: nothing of it was stored.
        const float icon = 1.8f * m.em;
        ImGui::Dummy(ImVec2(0, 0.2f * m.em));
        ImGui::SetCursorPosX(start_x(0, list_w));
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float icon_x = rtl() ? at.x + list_w - icon / 2 : at.x + icon / 2;
        draw_pictogram(pictogram_from_name(s.pictogram), ImVec2(icon_x, at.y + icon / 2), icon, colours::kError);
        ImGui::SetCursorPosX(start_x(icon + m.pad, list_w - icon - m.pad));
        text_block(_(ctx.flow.device_problem()), list_w - icon - m.pad, rtl(), Align::Start, colours::kError);
        ImGui::SetCursorPosX(start_x(0, list_w));
        ImGui::Dummy(ImVec2(list_w, std::max(0.0f, at.y + icon - ImGui::GetCursorScreenPos().y)));
    }
    if (!s.questions.empty()) draw_station_questions(ctx, list_w);
    ImGui::Dummy(ImVec2(0, 0.3f * m.em));
    // The light of every value measured here, each once (systolic and diastolic share one).
    std::vector<const MeasureLight*> lights;
    std::vector<std::string> shown;
    for (const StationEntry& e : s.entries) {
        const std::string key(light_key_for(e.measure));
        const MeasureLight* light = m_assessment ? m_assessment->light(key) : nullptr;
        if (!light || !ctx.flow.visit().values.count(e.measure)) continue;
        if (std::find(shown.begin(), shown.end(), key) != shown.end()) continue;
        shown.push_back(key);
        lights.push_back(light);
    }
    draw_lights(ctx, lights, list_w);
    const Measure selected = s.entries[m_entry].measure;

    // End side: the typed value and the keypad (digits always left-to-right).
    const float keypad_x = start_x(list_w + 2 * m.pad, keypad_w);
    ImGui::SetCursorPos(ImVec2(keypad_x, top));
    if (counting_down) {
        ImGui::SetCursorPosX(keypad_x);
        ImGui::BeginGroup();
        draw_countdown(ctx, keypad_w);
        ImGui::EndGroup();
        return;
    }
    ImGui::SetCursorPosX(keypad_x);
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

void StationScreen::draw_lights(UiContext& ctx, const std::vector<const MeasureLight*>& lights, float width) {
    // A short word ("Goed", "Let op") with the meaning beside it, one row per light: stacked,
    // the last sentence ran into Back in the longer languages. A long word ("Bespreek met de
    // huisarts") would leave the sentence no room: that light stays stacked.
    const auto& m = ctx.metrics;
    const float disc = 1.6f * m.em;
    const float max_side_w = 0.4f * width;
    auto badge_width = [&](const MeasureLight* l) {
        return 1.3f * disc + ImGui::CalcTextSize(display_line(_(light_word(l->colour)), rtl()).c_str()).x;
    };
    float badge_w = 0;
    for (const MeasureLight* l : lights) {
        if (badge_width(l) <= max_side_w) badge_w = std::max(badge_w, badge_width(l));
    }
    const float meaning_w = width - badge_w - m.pad;
    for (const MeasureLight* l : lights) {
        const float row_top = ImGui::GetCursorPosY();
        const bool side_by_side = badge_width(l) <= max_side_w;
        ImGui::SetCursorPos(ImVec2(start_x(0, side_by_side ? badge_w : width), row_top));
        traffic_light_badge(l->colour, _(light_word(l->colour)), disc, rtl(), side_by_side ? badge_w : width);
        if (!side_by_side) {
            ImGui::SetCursorPosX(start_x(0, width));
            text_block(_(l->meaning), width, rtl());
            continue;
        }
        const float badge_bottom = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(start_x(badge_w + m.pad, meaning_w), row_top + (disc - ImGui::GetTextLineHeight()) / 2));
        text_block(_(l->meaning), meaning_w, rtl());
        ImGui::SetCursorPosY(std::max(badge_bottom, ImGui::GetCursorPosY()) + 0.2f * m.em);
    }
}

void StationScreen::draw_blood_pressure_guide(UiContext& ctx, float width) {
    const auto& m = ctx.metrics;
    const BloodPressureGuide& bp = *ctx.flow.blood_pressure();
    if (bp.phase() == BloodPressureGuide::Phase::Resting) {
        const Pictogram pictures[] = {Pictogram::Seated, Pictogram::Seated, Pictogram::Seated, Pictogram::BloodPressure};
        const float icon = 1.9f * m.em;
        for (std::size_t i = 0; i < 4; ++i) {
            ImGui::SetCursorPosX(start_x(0, width));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const float icon_x = rtl() ? at.x + width - icon / 2 : at.x + icon / 2;
            draw_pictogram(pictures[i], ImVec2(icon_x, at.y + icon / 2), icon, colours::kText, rtl());
            ImGui::SetCursorPosX(start_x(icon + m.pad, width - icon - m.pad));
            text_block(_(kRestChecks[i]), width - icon - m.pad, rtl());
            ImGui::SetCursorPosX(start_x(0, width));
            ImGui::Dummy(ImVec2(width, std::max(0.0f, at.y + icon + 0.15f * m.em - ImGui::GetCursorScreenPos().y)));
        }
        return;
    }
    std::string taken;
    for (const BpReading& r : bp.readings()) {
        taken += (taken.empty() ? "" : "  ·  ") +
                 ltr_isolate(i18n::format_decimal(r.systolic, 0, i18n::current_language()) + "/" +
                             i18n::format_decimal(r.diastolic, 0, i18n::current_language()));
    }
    if (!taken.empty()) {
        ImGui::SetCursorPosX(start_x(0, width));
        text_block(taken, width, rtl(), Align::Start, colours::kMuted);
    }
    if (bp.result()) return;
    ImGui::SetCursorPosX(start_x(0, width));
    ImGui::PushFont(ctx.fonts.title);
    text_block(std::string(_("Meting")) + " " +
                   ltr_isolate(std::to_string(bp.readings_taken() + 1) + " / " + std::to_string(bp.readings_planned())),
               width, rtl());
    ImGui::PopFont();
    if (bp.readings_taken() >= bp.protocol().readings) {
        ImGui::SetCursorPosX(start_x(0, width));
        text_block(_("De metingen verschillen veel. Meet nog een keer."), width, rtl());
    }
}

bool StationScreen::draw_countdown(UiContext& ctx, float width) {
    const BloodPressureGuide& bp = *ctx.flow.blood_pressure();
    const bool resting = bp.phase() == BloodPressureGuide::Phase::Resting;
    text_block(resting ? _("Rust uit en praat niet.") : _("Wacht tot de volgende meting."), width, rtl(),
               Align::Center);
    ImGui::PushFont(ctx.fonts.big);
    text_block(minutes_seconds(bp.wait_left()), width, false, Align::Center);
    ImGui::PopFont();
    return true;
}

void StationScreen::draw_station_questions(UiContext& ctx, float width) {
    const auto& m = ctx.metrics;
    const Station& s = ctx.flow.current_station();
    for (const Question& q : s.questions) {
        ImGui::Dummy(ImVec2(0, 0.2f * m.em));
        ImGui::SetCursorPosX(start_x(0, width));
        text_block(_(q.text.c_str()), width, rtl());
        auto chosen = ctx.flow.visit().answers.find(q.id);
        // Two answers a row, so the light below stays in view.
        const float half = (width - m.pad) / 2;
        for (std::size_t i = 0; i < q.options.size(); ++i) {
            const AnswerOption& option = q.options[i];
            const std::string id = "answer_" + option.id;
            const bool is_chosen = chosen != ctx.flow.visit().answers.end() && chosen->second == option.id;
            if (i % 2 == 1) ImGui::SameLine();
            ImGui::SetCursorPosX(start_x(i % 2 == 0 ? 0 : half + m.pad, half));
            if (touch_button({id.c_str(), _(option.label.c_str()), ImVec2(half, 1.9f * m.em),
                              is_chosen ? ButtonRole::Selected : ButtonRole::Normal, pictogram_from_name(option.pictogram),
                              true, rtl(), nullptr, false})) {
                Outcome outcome = ctx.flow.answer(q.id, option.id);
                m_error = outcome.ok ? nullptr : outcome.message;
                refresh_assessment(ctx);
            }
        }
    }
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
                          is_chosen ? ButtonRole::Selected : ButtonRole::Normal, pictogram_from_name(option.pictogram),
                          true, rtl(), nullptr, false})) {
            Outcome outcome = ctx.flow.answer(q.id, option.id);
            m_error = outcome.ok ? nullptr : outcome.message;
            if (outcome.ok && m_question + 1 < s.questions.size()) ++m_question;
        }
    }
    if (m_error) text_block(_(m_error), width, rtl(), Align::Start, colours::kError);
}

}  // namespace gc::ui
