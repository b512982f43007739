#pragma once
// Host tab "Inschrijven": a new arrival in under 30 seconds. Everything is optional but the
// language: name and GP practice on the on-screen keyboard, birth year on a digit row, sex,
// origin group, language. "Inschrijven" stores it and prints the card at once.
#include "core/host/host_desk.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"

#include <functional>

namespace gc::ui {

class RegistrationPanel final : public HostPanel {
public:
    // Prints the card of a fresh code; returns a Dutch msgid when printing failed, else null.
    using PrintCard = std::function<const char*(const std::string& card_code)>;
    RegistrationPanel(HostDesk& desk, int current_year, PrintCard print_card)
        : m_desk(desk), m_year(current_year), m_print_card(std::move(print_card)) {}
    std::string id() const override { return "register"; }
    std::string title() const override;
    void enter(UiContext&) override { m_message = {}; }
    void draw(UiContext& ctx) override;

private:
    void submit();

    HostDesk& m_desk;
    int m_year;
    PrintCard m_print_card;
    std::string m_name, m_gp, m_birth_year;
    std::string m_field = "name";  // which text the keyboard types into: "name" or "gp"
    std::string m_sex, m_origin, m_language = "nl";
    HostMessage m_message;
};

}  // namespace gc::ui
