#include "ui/kiosk_ui.hpp"

#include "i18n/i18n.hpp"
#include "i18n/speaker.hpp"
#include "ui/layout.hpp"
#include "ui/screens/screens.hpp"
#include "ui/text_layout.hpp"
#include "ui/widget_registry.hpp"

#include <algorithm>

#include <chrono>
#include <cstdio>

namespace gc::ui {

KioskUi::KioskUi(UiContext& ctx) : m_ctx(ctx), m_screens(make_participant_screens()) {}

Screen& KioskUi::current_screen() { return *m_screens.at(screen_shown(m_ctx.flow)); }

void KioskUi::follow_flow() {
    const FlowScreen now = screen_shown(m_ctx.flow);
    const bool changed = !m_entered || now != m_shown ||
                         ((now == FlowScreen::Station || now == FlowScreen::Questions) &&
                          m_ctx.flow.station_index() != m_shown_station);
    if (!changed) return;
    if (m_ctx.speaker) m_ctx.speaker->stop();  // never read out the previous screen
    if (now == FlowScreen::Attract && i18n::current_language().code != m_ctx.flow.language()) {
        m_ctx.switch_language(m_ctx.flow.language());  // wiped: back to the default language
    }
    m_shown = now;
    m_shown_station = m_ctx.flow.station_index();
    m_entered = true;
    m_screens.at(now)->enter(m_ctx);
}

void KioskUi::draw_header(Screen& screen) {
    const auto& m = m_ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float icon = 1.8f * m.em;
    const float speak_w = 8.5f * m.em, speak_h = 2.2f * m.em;
    const float top = ImGui::GetCursorPosY();
    // Pictogram and title on the start side.
    const ImVec2 origin = ImGui::GetWindowPos();
    const float icon_x = start_x(0, icon);
    if (screen.pictogram(m_ctx) != Pictogram::None) {
        draw_pictogram(screen.pictogram(m_ctx), ImVec2(origin.x + icon_x + icon / 2, origin.y + top + speak_h / 2), icon,
                       colours::kPrimary, rtl());
    }
    ImGui::PushFont(m_ctx.fonts.title);
    const float title_w = width - icon - speak_w - 2 * m.pad;
    ImGui::SetCursorPos(ImVec2(start_x(icon + m.pad, title_w), top));
    text_block(screen.title(m_ctx), title_w, rtl());
    ImGui::PopFont();
    // Read aloud on the end side, on every participant screen.
    ImGui::SetCursorPos(ImVec2(start_x(width - speak_w, speak_w), top));
    if (touch_button({"read_aloud", _("Voorlezen"), ImVec2(speak_w, speak_h), ButtonRole::Normal, Pictogram::Speaker,
                      true, rtl(), nullptr, false}) &&
        m_ctx.speaker) {
        m_ctx.speaker->say(screen.spoken_text(m_ctx), i18n::current_language().voice);
    }
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, top + speak_h + m.pad));
}

void KioskUi::draw_warning() {
    const auto& m = m_ctx.metrics;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    // A full-screen window on top: it dims the screen and catches every tap.
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(display);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0, 0, 0, 0.6f));
    ImGui::Begin("##still_there", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    const ImVec2 panel(std::min(display.x * 0.7f, 28 * m.em), 8.6f * m.em);
    const ImVec2 panel_pos((display.x - panel.x) / 2, (display.y - panel.y) / 2);
    ImGui::GetWindowDrawList()->AddRectFilled(panel_pos, ImVec2(panel_pos.x + panel.x, panel_pos.y + panel.y),
                                              colours::kPanel, m.em * 0.5f);
    ImGui::SetCursorScreenPos(ImVec2(panel_pos.x + m.pad, panel_pos.y + m.pad));
    ImGui::BeginGroup();
    const float inner = panel.x - 2 * m.pad;
    ImGui::PushFont(m_ctx.fonts.title);
    text_block(_("Bent u er nog?"), inner, rtl(), Align::Center);
    ImGui::PopFont();
    const auto seconds = static_cast<unsigned long>(
        std::chrono::duration_cast<std::chrono::seconds>(m_ctx.flow.warning_left() + std::chrono::milliseconds(999)).count());
    char text[200];
    std::snprintf(text, sizeof text, i18n::ntr("Nog %lu seconde. Dan beginnen we opnieuw.",
                                               "Nog %lu seconden. Dan beginnen we opnieuw.", seconds),
                  seconds);
    text_block(text, inner, rtl(), Align::Center);
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (inner - 14 * m.em) / 2);
    if (touch_button({"still_here", _("Ja, ik ben er nog"), ImVec2(14 * m.em, m.button_h), ButtonRole::Primary,
                      Pictogram::Check, true, rtl()})) {
        m_ctx.flow.touch();
    }
    ImGui::EndGroup();
    ImGui::End();
    ImGui::PopStyleColor();
}

void KioskUi::draw() {
    follow_flow();
    widget_registry().begin_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("##kiosk", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
    Screen& screen = current_screen();
    if (screen.has_header()) draw_header(screen);
    screen.draw_body(m_ctx);
    ImGui::End();
    // A tap in this frame may have moved the flow; the next frame shows the new screen.
    if (m_ctx.flow.warning_visible()) {
        widget_registry().begin_frame();  // only the overlay can be tapped now
        draw_warning();
    }
}

}  // namespace gc::ui
