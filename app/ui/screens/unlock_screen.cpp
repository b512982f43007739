#include "ui/screens/unlock_screen.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets/text_keyboard.hpp"

namespace gc::ui {

UnlockScreen::~UnlockScreen() { forget_typed(); }

void UnlockScreen::forget_typed() {
    // Overwrite before release: the passphrase should not linger in freed memory.
    std::fill(m_typed.begin(), m_typed.end(), '\0');
    m_typed.clear();
}

void UnlockScreen::submit() {
    m_error = m_try_unlock(m_typed);
    forget_typed();
    m_unlocked = m_error == nullptr;
}

void UnlockScreen::draw(const Metrics& m, const Fonts& fonts) {
    widget_registry().begin_frame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin("##unlock", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoScrollWithMouse);
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(fonts.title);
    text_block(_("Kiosk openen"), width, rtl());
    ImGui::PopFont();
    text_block(_("Typ het wachtwoord van vandaag. Alleen de gastvrouw of coördinator weet het."), width, rtl());

    ImGui::PushFont(fonts.big);
    std::string shown = m_show_typed ? m_typed : std::string(m_typed.size(), '*');
    text_block(shown.empty() ? " " : shown, width, false, Align::Center);
    ImGui::PopFont();
    if (m_error) {
        text_block(_(m_error), width, rtl(), Align::Center, colours::kError);
    } else {
        ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeightWithSpacing()));
    }
    if (text_keyboard(m_typed, 64, width, 2.1f * m.em)) m_error = nullptr;

    const float y = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - m.button_h;
    const float show_w = 9.0f * m.em, open_w = 11.0f * m.em;
    ImGui::SetCursorPos(ImVec2(start_x(0, show_w), y));
    if (touch_button({"show_typed", m_show_typed ? _("Verberg") : _("Laat zien"), ImVec2(show_w, m.button_h),
                      ButtonRole::Normal, m_show_typed ? Pictogram::EyeOff : Pictogram::Eye, true, rtl(), nullptr, false})) {
        m_show_typed = !m_show_typed;
    }
    ImGui::SetCursorPos(ImVec2(start_x(width - open_w, open_w), y));
    if (touch_button({"unlock", _("Openen"), ImVec2(open_w, m.button_h), ButtonRole::Primary, Pictogram::Check,
                      !m_typed.empty(), rtl()})) {
        submit();
    }
    ImGui::End();
}

}  // namespace gc::ui
