#include "ui/host/scan_panel.hpp"

#include "core/card_code.hpp"
#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/text_keyboard.hpp"
#include "ui/widgets/touch_button.hpp"

namespace gc::ui {

std::string ScanPanel::title() const { return _("Kaart scannen"); }

void ScanPanel::enter(UiContext&) {
    m_typed.clear();
    m_message = {};
}

void ScanPanel::draw(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = host_button_h(ctx);
    if (m_next_scan) {
        if (auto scanned = m_next_scan()) {
            m_typed = *scanned;
            m_message = {};
        }
    }
    text_block(_("Scan de kaart met de scanner of de webcam. Of typ de code."), width, false);
    const auto code = normalise_card_code(m_typed);
    ImGui::PushFont(ctx.fonts.big);
    text_block(m_typed.empty() ? "-" : (code ? format_card_code(*code) : m_typed), width, false, Align::Center,
               code || m_typed.empty() ? colours::kText : colours::kMuted);
    ImGui::PopFont();
    text_keyboard(m_typed, 12, width, 0.85f * h);
    if (!code) {
        if (m_typed.size() >= kCardCodeLength) {
            m_message = {N_("Deze kaartcode klopt niet."), {}, true};
        }
        m_message.show(width);
        return;
    }
    if (touch_button({"scan_arrive", _("Aankomst registreren"), ImVec2(13 * m.em, h), ButtonRole::Normal, Pictogram::Check})) {
        Arrival arrival;
        const Outcome done = m_desk.arrive_by_card(*code, arrival);
        m_message = done.ok ? HostMessage{arrival.earlier_visit ? N_("Aangekomen. Gekoppeld aan het vorige bezoek.")
                                                                : N_("Aangekomen."),
                                          {}, false}
                            : HostMessage{done.message, {}, true};
    }
    text_block(_("Open bij station:"), width, false);
    const float w = share_width(width, 6);
    for (std::size_t i = 0; i < m_circuit.stations.size(); ++i) {
        if (i % 6) ImGui::SameLine();
        const auto& station = m_circuit.stations[i];
        const std::string id = "open_" + station.id;
        if (touch_button({id.c_str(), _(station.title.c_str()), ImVec2(w, m.primary_min), ButtonRole::Primary})) {
            const Outcome opened = ctx.flow.open_at(*code, i);
            if (opened.ok) {
                ctx.switch_language(ctx.flow.language());
                m_typed.clear();
                if (m_opened) m_opened();
                return;
            }
            m_message = {opened.message, {}, true};
        }
    }
    m_message.show(width);
}

}  // namespace gc::ui
