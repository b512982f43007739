#include "ui/host/board_panel.hpp"

#include "core/card_code.hpp"
#include "core/offers/offers.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"
#include "ui/light_text.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/numeric_keypad.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <type_traits>

namespace gc::ui {
namespace {

const char* light_word_for_host(const std::string& key) {
    if (key == "blood_pressure") return N_("bloeddruk");
    if (key == "glucose" || key == "hba1c") return N_("glucose");
    return nullptr;
}

std::string who(const BoardVisit& v) {
    const std::string code = format_card_code(v.card_code);
    return v.name ? *v.name + " (" + code + ")" : code;
}

ImU32 state_colour(StationState s) {
    switch (s) {
    case StationState::Done: return colours::kGreen;
    case StationState::Remeasure: return colours::kOrange;
    case StationState::Missing: break;
    }
    return colours::kDisabled;
}

const char* state_word(StationState s) {
    switch (s) {
    case StationState::Done: return C_("bord", "klaar");
    case StationState::Remeasure: return C_("bord", "opnieuw");
    case StationState::Missing: break;
    }
    return C_("bord", "nog niet");
}

// One side of then and now: "150/95 mmHg (Let op)", or a dash when that visit lacks it.
std::string then_or_now(const std::optional<MeasureLight>& light) {
    if (!light) return "–";
    return shown_value(*light) + shown_unit(*light) + " (" + _(light_word(light->colour)) + ")";
}

}  // namespace

std::string BoardPanel::title() const { return _("Bord"); }

std::vector<BoardPanel::Line> BoardPanel::details(const UiContext& ctx, const BoardRow& row) const {
    std::vector<Line> lines;
    const BoardVisit& v = row.visit;
    // A note from the device for the professional: neutral, never a diagnosis.
    if (v.irregular_heartbeat) lines.push_back({_("Onregelmatige hartslag gemeten door de bloeddrukmeter."), colours::kPrimary});
    if (!row.then_now.empty()) {
        lines.push_back({_("Vorige keer en nu:"), colours::kMuted});
        for (const auto& t : row.then_now) {
            lines.push_back({std::string(_(light_label(t.key))) + ": " + then_or_now(t.then) + " → " + then_or_now(t.now),
                             colours::kText});
        }
    }
    for (const auto& r : v.referrals) {
        const Offer* offer = ctx.offers ? ctx.offers->find(r.offer) : nullptr;
        std::string line = std::string(_("Verwezen naar")) + " " + (offer ? offer->name : r.offer);
        if (!r.who_calls.empty()) line += " · " + std::string(_("belt:")) + " " + r.who_calls;
        line += std::string(" · ") + (r.consent_to_call ? _("mag bellen") : _("mag niet bellen"));
        lines.push_back({line, colours::kText});
    }
    std::string dates;
    for (const auto& f : v.follow_ups) {
        const char* what = f.kind == "call_6_weeks" ? N_("Nabellen") : f.kind == "remeasure_6_months" ? N_("Terugkomen") : nullptr;
        if (!what) continue;
        dates += (dates.empty() ? "" : " · ") + std::string(_(what)) + ": " + i18n::format_iso_date(f.due_date, i18n::current_language());
    }
    if (!dates.empty()) lines.push_back({dates, colours::kText});
    return lines;
}

void BoardPanel::draw_here(UiContext& ctx, float width) {
    const BoardRow* row = m_desk.resting_participant(ctx.flow);
    if (!row) return;
    const float h = host_button_h(ctx);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + h), colours::kButton, 6.0f);
    const auto left = std::chrono::duration_cast<std::chrono::seconds>(ctx.flow.blood_pressure()->rest_left()).count();
    char rest[96];
    std::snprintf(rest, sizeof rest, _("rust nog %ld:%02ld"), static_cast<long>(left / 60), static_cast<long>(left % 60));
    const std::string line = std::string(_("Deelnemer hier:")) + " " + who(row->visit) + " · " + rest;
    const float skip_w = 13 * ctx.metrics.em;
    ImGui::SetCursorScreenPos(ImVec2(at.x + 10, at.y + (h - ImGui::GetTextLineHeight()) / 2));
    text_block(line, width - skip_w - 20, false);
    ImGui::SetCursorScreenPos(ImVec2(at.x + width - skip_w, at.y));
    if (touch_button({"skip_rest", _("Rustpauze overslaan"), ImVec2(skip_w, h), ButtonRole::Primary, Pictogram::Next})) {
        const Outcome done = m_desk.skip_rest(ctx.flow);
        if (!done.ok) {
            m_message = {done.message, {}, true};
        } else if (m_actions.back_to_participant) {
            ctx.switch_language(ctx.flow.language());
            m_actions.back_to_participant();  // the participant's screen, at the readings
            return;
        }
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h + 6));
}

void BoardPanel::enter(UiContext&) {
    m_mode = Mode::Table;
    m_message = {};
    if (auto done = m_desk.refresh(m_year); !done.ok) m_message = {done.message, {}, true};
}

const BoardRow* BoardPanel::selected() const { return m_desk.board().find_participant(m_selected); }

void BoardPanel::report(const Outcome& outcome, const char* success_msgid) {
    m_message = outcome.ok ? HostMessage{success_msgid, {}, false} : HostMessage{outcome.message, {}, true};
    if (outcome.ok) m_desk.refresh(m_year);
}

void BoardPanel::draw_alerts(UiContext& ctx, float width) {
    const float h = host_button_h(ctx);
    const auto& alerts = m_desk.board().open_alerts;
    for (std::size_t i = 0; i < alerts.size() && i < 3; ++i) {
        const auto& a = alerts[i];
        const ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + width, at.y + h), colours::kRed, 6.0f);
        const char* what = light_word_for_host(a.alert.key);
        std::string line = std::string(_("Dringend:")) + " " + (a.name ? *a.name + " " : std::string()) +
                           format_card_code(a.card_code) + " — " + (what ? _(what) : a.alert.key) + " " + a.alert.display;
        ImGui::SetCursorScreenPos(ImVec2(at.x + 10, at.y + (h - ImGui::GetTextLineHeight()) / 2));
        const float ack_w = 13 * ctx.metrics.em;
        text_block(line, width - ack_w - 20, false, Align::Start, colours::kOnPrimary);
        ImGui::SetCursorScreenPos(ImVec2(at.x + width - ack_w, at.y));
        const std::string id = "ack_" + std::to_string(i);
        if (touch_button({id.c_str(), _("Gezien door zorgverlener"), ImVec2(ack_w, h), ButtonRole::Normal, Pictogram::Check})) {
            report(m_desk.acknowledge(a.alert.id), N_("De melding is afgehandeld."));
        }
        ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + h + 6));
    }
    if (alerts.size() > 3) {
        char more[96];
        const auto left = static_cast<unsigned long>(alerts.size() - 3);
        std::snprintf(more, sizeof more, i18n::ntr("En nog %lu melding.", "En nog %lu meldingen.", left), left);
        text_block(more, width, false, Align::Start, colours::kRed);
    }
}

void BoardPanel::draw_table(UiContext& ctx, float width, float reserved) {
    const auto& m = ctx.metrics;
    const float h = host_button_h(ctx);
    const auto& rows = m_desk.board().rows;
    const float name_w = 12 * m.em;
    const float cell_w = (width - name_w - 8) / static_cast<float>(std::max<std::size_t>(1, m_circuit.stations.size())) - 4;
    // Header: the station names.
    const float x0 = ImGui::GetCursorPosX();
    ImGui::SetCursorPosX(x0 + name_w + 8);
    for (std::size_t s = 0; s < m_circuit.stations.size(); ++s) {
        if (s) ImGui::SameLine(x0 + name_w + 8 + static_cast<float>(s) * (cell_w + 4));
        ImGui::BeginGroup();
        text_block(_(m_circuit.stations[s].title.c_str()), cell_w, false, Align::Center, colours::kMuted);
        ImGui::EndGroup();
    }
    // As many rows as fit above the paging, action and message lines (page, don't scroll).
    const float row_h = h + ImGui::GetStyle().ItemSpacing.y;
    const float room = ImGui::GetContentRegionAvail().y - 2 * row_h - ImGui::GetTextLineHeightWithSpacing() - reserved;
    const std::size_t per_page = std::max<std::size_t>(3, static_cast<std::size_t>(std::max(0.0f, room) / row_h));
    const std::size_t pages = std::max<std::size_t>(1, (rows.size() + per_page - 1) / per_page);
    m_page = std::min(m_page, pages - 1);
    for (std::size_t i = m_page * per_page; i < rows.size() && i < (m_page + 1) * per_page; ++i) {
        const auto& row = rows[i];
        const std::string id = "row_" + std::to_string(i);
        const bool is_selected = row.visit.participant == m_selected;
        std::string label = who(row.visit);
        if (row.visit.earlier_visit) label += " *";
        if (touch_button({id.c_str(), label, ImVec2(name_w, h), is_selected ? ButtonRole::Selected : ButtonRole::Normal})) {
            if (m_mode == Mode::Merge && m_selected && row.visit.participant != m_selected) {
                report(m_desk.merge(row.visit.participant, m_selected), N_("Samengevoegd."));
                m_mode = Mode::Table;
            } else {
                m_selected = row.visit.participant;
                m_mode = Mode::Table;
                m_message = {};
            }
        }
        for (std::size_t s = 0; s < row.stations.size(); ++s) {
            ImGui::SameLine(x0 + name_w + 8 + static_cast<float>(s) * (cell_w + 4));
            const ImVec2 at = ImGui::GetCursorScreenPos();
            const StationState state = row.stations[s].state;
            ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + cell_w, at.y + h), state_colour(state), 4.0f);
            ImGui::BeginGroup();
            ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + (h - ImGui::GetTextLineHeight()) / 2));
            text_block(state_word(state), cell_w, false, Align::Center,
                       state == StationState::Missing ? colours::kText : colours::kOnPrimary);
            ImGui::EndGroup();
            ImGui::SetCursorScreenPos(ImVec2(at.x + cell_w, at.y));
            ImGui::Dummy(ImVec2(0, h));
        }
    }
    if (rows.empty()) text_block(_("Nog niemand ingeschreven."), width, false, Align::Start, colours::kMuted);
    if (pages > 1) {
        char page[64];
        std::snprintf(page, sizeof page, _("Pagina %zu van %zu"), m_page + 1, pages);
        if (touch_button({"page_prev", _("Vorige"), ImVec2(7 * m.em, h), ButtonRole::Normal, Pictogram::Back, m_page > 0})) --m_page;
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(page);
        ImGui::SameLine();
        if (touch_button({"page_next", _("Volgende"), ImVec2(7 * m.em, h), ButtonRole::Normal, Pictogram::Next, m_page + 1 < pages})) {
            ++m_page;
        }
        ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width - 8 * m.em);
    }
    if (touch_button({"board_refresh", _("Vernieuwen"), ImVec2(8 * m.em, h), ButtonRole::Normal, Pictogram::Refresh})) {
        if (auto done = m_desk.refresh(m_year); !done.ok) m_message = {done.message, {}, true};
    }
}

void BoardPanel::draw_actions(UiContext& ctx, float width) {
    const BoardRow* row = selected();
    if (!row) {
        text_block(_("Tik op een deelnemer voor meer."), width, false, Align::Start, colours::kMuted);
        return;
    }
    const float h = host_button_h(ctx);
    ButtonSpec buttons[] = {
        {"act_correct", _("Waarde verbeteren"), ImVec2(0, h), ButtonRole::Normal, Pictogram::Pencil},
        {"act_sheet", _("Uitslag opnieuw printen"), ImVec2(0, h), ButtonRole::Normal, Pictogram::Print},
        {"act_card", _("Kaart opnieuw printen"), ImVec2(0, h), ButtonRole::Normal, Pictogram::Card},
        {"act_language", _("Taal wisselen"), ImVec2(0, h), ButtonRole::Normal, Pictogram::Globe},
        {"act_merge", _("Dubbel samenvoegen"), ImVec2(0, h), m_mode == Mode::Merge ? ButtonRole::Selected : ButtonRole::Normal,
         Pictogram::Merge},
    };
    // The row shared out in proportion to what each pictogram and its words need, so a long
    // label is not squeezed while a short one has room to spare.
    float needed = 0;
    for (const ButtonSpec& b : buttons) needed += touch_button_content_width(b);
    constexpr std::size_t count = std::extent_v<decltype(buttons)>;
    const float share = (width - static_cast<float>(count - 1) * ImGui::GetStyle().ItemSpacing.x) / needed;
    bool tapped[count] = {};
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) ImGui::SameLine();
        buttons[i].size.x = touch_button_content_width(buttons[i]) * share;
        tapped[i] = touch_button(buttons[i]);
    }
    if (tapped[0]) {
        m_mode = Mode::Correct;
        m_measure.clear();
        m_value.clear();
    }
    if (tapped[1]) {
        const char* problem = m_actions.reprint_sheet ? m_actions.reprint_sheet(row->visit.visit, row->visit.language) : nullptr;
        m_message = problem ? HostMessage{problem, {}, true} : HostMessage{N_("De uitslag wordt geprint."), {}, false};
    }
    if (tapped[2]) {
        const char* problem = m_actions.reprint_card ? m_actions.reprint_card(row->visit.card_code) : nullptr;
        m_message = problem ? HostMessage{problem, {}, true} : HostMessage{N_("De kaart wordt geprint."), {}, false};
    }
    if (tapped[3]) m_mode = Mode::Language;
    if (tapped[4]) {
        m_mode = Mode::Merge;
        m_message = {N_("Tik nu op de dubbele inschrijving. Die gaat op in deze deelnemer."), {}, false};
    }
}

void BoardPanel::draw_correct(UiContext& ctx, float width) {
    const auto& m = ctx.metrics;
    const float h = host_button_h(ctx);
    const BoardRow* row = selected();
    if (!row) {
        m_mode = Mode::Table;
        return;
    }
    text_block(std::string(_("Waarde verbeteren voor")) + " " + who(row->visit), width, false);
    std::vector<Choice> measures;
    for (const auto& station : m_circuit.stations) {
        for (const auto& entry : station.entries) {
            std::string label = _(entry.label.c_str());
            if (auto v = row->visit.values.find(entry.measure); v != row->visit.values.end()) {
                label += ": " + i18n::format_decimal(v->second, measure_decimals(entry.measure), i18n::current_language());
            }
            measures.push_back({std::string(measure_name(entry.measure)), label});
        }
    }
    const float w = share_width(width, 5);
    for (std::size_t i = 0; i < measures.size(); i += 5) {
        std::vector<Choice> line(measures.begin() + static_cast<std::ptrdiff_t>(i),
                                 measures.begin() + static_cast<std::ptrdiff_t>(std::min(i + 5, measures.size())));
        if (choice_row("measure", line, m_measure, w, h)) m_value.clear();
    }
    if (m_measure.empty()) {
        text_block(_("Kies de waarde die niet klopt."), width, false, Align::Start, colours::kMuted);
    } else {
        ImGui::PushFont(ctx.fonts.big);
        text_block(m_value.empty() ? "-" : keypad_display(m_value, ","), 10 * m.em, false);
        ImGui::PopFont();
        numeric_keypad("fix", m_value, ",", true, 1.8f * m.em);
    }
    if (touch_button({"fix_cancel", C_("knop", "Terug"), ImVec2(8 * m.em, h), ButtonRole::Normal, Pictogram::Back})) m_mode = Mode::Table;
    ImGui::SameLine();
    const auto measure = measure_from_name(m_measure);
    if (touch_button({"fix_save", _("Verbetering opslaan"), ImVec2(12 * m.em, m.primary_min), ButtonRole::Primary, Pictogram::Check,
                      measure.has_value() && m_value.value().has_value()})) {
        const Outcome done = m_desk.correct(row->visit.visit, *measure, *m_value.value(), "host correction");
        report(done, N_("Verbeterd. De oude waarde staat in de geschiedenis."));
        if (done.ok) m_mode = Mode::Table;
    }
}

void BoardPanel::draw_language(UiContext& ctx, float width) {
    const float h = host_button_h(ctx);
    const BoardRow* row = selected();
    if (!row) {
        m_mode = Mode::Table;
        return;
    }
    text_block(std::string(_("Taal kiezen voor")) + " " + who(row->visit), width, false);
    std::vector<Choice> languages;
    for (const auto& language : i18n::languages()) languages.push_back({language.code, language.native_name, language.rtl});
    std::string chosen = row->visit.language;
    if (choice_row("switch", languages, chosen, share_width(width, 5), h)) {
        const std::int64_t participant = row->visit.participant;
        report(m_desk.switch_language(participant, chosen), N_("De taal is gewisseld."));
        m_mode = Mode::Table;
    }
    if (touch_button({"language_cancel", C_("knop", "Terug"), ImVec2(8 * ctx.metrics.em, h), ButtonRole::Normal, Pictogram::Back})) {
        m_mode = Mode::Table;
    }
}

void BoardPanel::draw(UiContext& ctx) {
    const float width = ImGui::GetContentRegionAvail().x;
    draw_alerts(ctx, width);
    switch (m_mode) {
    case Mode::Correct: draw_correct(ctx, width); break;
    case Mode::Language: draw_language(ctx, width); break;
    case Mode::Table:
    case Mode::Merge: {
        draw_here(ctx, width);
        const BoardRow* row = selected();
        const std::vector<Line> lines = row ? details(ctx, *row) : std::vector<Line>{};
        float reserved = 0;
        for (const auto& line : lines) reserved += text_block_height(line.text, width, false) + ImGui::GetStyle().ItemSpacing.y;
        draw_table(ctx, width, reserved);
        draw_actions(ctx, width);
        for (const auto& line : lines) text_block(line.text, width, false, Align::Start, line.colour);
        break;
    }
    }
    m_message.show(width);
}

}  // namespace gc::ui
