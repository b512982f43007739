#include "ui/host/scan_panel.hpp"

#include "core/card_code.hpp"
#include "i18n/i18n.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/text_keyboard.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>

namespace gc::ui {

std::string ScanPanel::title() const { return _("Kaart scannen"); }

void ScanPanel::enter(UiContext&) {
    m_typed.clear();
    m_message = {};
}

void ScanPanel::leave() { stop_webcam(); }

void ScanPanel::stop_webcam() {
    if (m_webcam) m_webcam->stop();
    m_preview.clear();
}

// The webcam's place is the keyboard's: nobody types while holding a card up to the camera.
void ScanPanel::draw_webcam(UiContext& ctx, float width, float height) {
    const auto& m = ctx.metrics;
    if (const char* failure = m_webcam->take_failure()) {
        stop_webcam();
        m_message = {failure, {}, true};
    }
    if (m_clock && m_webcam->running() && m_clock->now() - m_webcam_since >= kWebcamIdle) {
        stop_webcam();
        m_message = {N_("De webcam is uit: een minuut geen kaart gezien."), {}, false};
    }
    if (auto preview = m_webcam->take_preview()) m_preview.upload(preview->width, preview->height, preview->grey);
    const float button_w = 9 * m.em;
    const bool running = m_webcam->running();
    if (touch_button({"scan_webcam", running ? _("Webcam uit") : _("Webcam"), ImVec2(button_w, host_button_h(ctx)),
                      running ? ButtonRole::Selected : ButtonRole::Normal, running ? Pictogram::Cross : Pictogram::Card})) {
        if (running) {
            stop_webcam();
            m_message = {};
        } else if (const char* error = m_webcam->start()) {
            m_message = {error, {}, true};
        } else {
            m_webcam_since = m_clock ? m_clock->now() : Millis{0};
            m_message = {N_("Houd de kaart voor de webcam."), {}, false};
        }
    }
    if (!m_webcam->running()) return;
    ImGui::SameLine();
    const float preview_w = std::min(width - button_w - m.pad, height * 4.0f / 3.0f);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - button_w - preview_w) / 2);
    m_preview.draw(preview_w, true);  // a mirror: the host moves the card the way it moves on screen
}

void ScanPanel::draw(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = host_button_h(ctx);
    if (m_next_scan) {
        if (auto scanned = m_next_scan()) {
            m_typed = *scanned;
            m_message = {};
            if (m_clock) m_webcam_since = m_clock->now();  // a card was seen: the webcam stays on
        }
    }
    text_block(_("Scan de kaart met de scanner of de webcam. Of typ de code."), width, false);
    const auto code = normalise_card_code(m_typed);
    ImGui::PushFont(ctx.fonts.big);
    text_block(m_typed.empty() ? "-" : (code ? format_card_code(*code) : m_typed), width, false, Align::Center,
               code || m_typed.empty() ? colours::kText : colours::kMuted);
    ImGui::PopFont();
    const float key_h = 0.85f * h;
    if (m_webcam) draw_webcam(ctx, width, 4 * key_h + 3 * ImGui::GetStyle().ItemSpacing.y);
    if (!m_webcam || !m_webcam->running()) text_keyboard(m_typed, 12, width, key_h);
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
