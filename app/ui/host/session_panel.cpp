#include "ui/host/session_panel.hpp"

#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/text_keyboard.hpp"
#include "ui/widgets/touch_button.hpp"

namespace gc::ui {
namespace {

const char* group_word(HostGroup g) {
    switch (g) {
    case HostGroup::Men: return N_("mannen");
    case HostGroup::Women: return N_("vrouwen");
    case HostGroup::Mixed: break;
    }
    return N_("gemengd");
}

}  // namespace

std::string SessionPanel::title() const { return _("Sessie"); }

void SessionPanel::enter(UiContext&) {
    m_message = {};
    if (auto listed = m_records.sessions(m_sessions); !listed.ok) m_message = {listed.message, {}, true};
}

void SessionPanel::draw(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = host_button_h(ctx);
    const SessionSummary* current = nullptr;
    for (const auto& s : m_sessions) {
        if (m_desk.session() && s.id == *m_desk.session()) current = &s;
    }
    if (current) {
        std::string line = std::string(_("Sessie van vandaag:")) + " " + current->plan.date;
        if (!current->plan.place.empty()) line += ", " + current->plan.place;
        line += ", " + std::string(_(group_word(current->plan.group)));
        if (current->plan.follow_up_of) line += ", " + std::string(_("vervolgsessie"));
        text_block(line, width, false);
    } else {
        text_block(_("Er is nog geen sessie voor vandaag."), width, false);
    }
    ImGui::Separator();
    text_block(std::string(_("Nieuwe sessie op")) + " " + m_today, width, false);
    text_block(_("Groep:"), width, false);
    choice_row("group", {{"mixed", _("gemengd")}, {"men", _("mannen")}, {"women", _("vrouwen")}}, m_group, 8 * m.em, h);
    text_block(_("Vervolg van een eerdere sessie (na 6 maanden):"), width, false);
    std::vector<Choice> earlier;
    for (const auto& s : m_sessions) {
        if (s.plan.date == m_today || earlier.size() >= 4) continue;
        earlier.push_back({std::to_string(s.id), s.plan.date + (s.plan.place.empty() ? "" : " " + s.plan.place)});
    }
    if (earlier.empty()) {
        text_block(_("Geen eerdere sessies."), width, false, Align::Start, colours::kMuted);
    } else {
        choice_row("earlier", earlier, m_earlier, 10 * m.em, h, true);
    }
    text_block(std::string(_("Plaats:")) + " " + m_place, width, false);
    text_keyboard(m_place, 40, width * 0.8f, h);
    if (touch_button({"session_start", _("Sessie starten"), ImVec2(12 * m.em, m.primary_min), ButtonRole::Primary,
                      Pictogram::Check})) {
        SessionPlan plan{m_today, m_place, HostGroup::Mixed, "host", {}};
        if (m_group == "men") plan.group = HostGroup::Men;
        if (m_group == "women") plan.group = HostGroup::Women;
        if (!m_earlier.empty()) plan.follow_up_of = std::stoll(m_earlier);
        const Outcome started = m_desk.start_session(plan);
        if (started.ok) {
            m_message = {N_("De sessie is gestart."), {}, false};
            m_records.sessions(m_sessions);
            if (m_started) m_started(*m_desk.session());
        } else {
            m_message = {started.message, {}, true};
        }
    }
    m_message.show(width);
}

}  // namespace gc::ui
