#include "ui/host/registration_panel.hpp"

#include "core/card_code.hpp"
#include "i18n/i18n.hpp"
#include "i18n/language.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/text_keyboard.hpp"
#include "ui/widgets/touch_button.hpp"

namespace gc::ui {

std::string RegistrationPanel::title() const { return _("Inschrijven"); }

void RegistrationPanel::submit() {
    ArrivalForm form;
    if (!m_name.empty()) form.name = m_name;
    if (!m_gp.empty()) form.gp_practice = m_gp;
    if (!m_birth_year.empty()) form.birth_year = std::stoi(m_birth_year);
    if (!m_sex.empty()) form.sex = sex_from_name(m_sex);
    if (!m_origin.empty()) form.origin = origin_from_name(m_origin);
    form.language = m_language;
    Arrival arrival;
    const Outcome done = m_desk.register_arrival(form, m_year, arrival);
    if (!done.ok) {
        m_message = {done.message, {}, true};
        return;
    }
    const char* print_problem = m_print_card ? m_print_card(arrival.card_code) : nullptr;
    m_message = print_problem ? HostMessage{print_problem, format_card_code(arrival.card_code), true}
                              : HostMessage{N_("Ingeschreven. De kaart wordt geprint:"), format_card_code(arrival.card_code), false};
    m_name.clear();
    m_gp.clear();
    m_birth_year.clear();
    m_sex.clear();
    m_origin.clear();
    m_field = "name";
}

void RegistrationPanel::draw(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = host_button_h(ctx);
    const float label_w = 7.5f * m.em;
    auto label = [&](const char* msgid) {
        ImGui::AlignTextToFramePadding();
        text_block(_(msgid), label_w, false);
        ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + label_w);
    };
    // Name and GP practice: tap a field, then type on the keyboard below.
    const float field_w = (width - 2 * label_w) / 2 - m.pad;
    label(N_("Naam"));
    std::string name_shown = m_name + (m_field == "name" ? "_" : "");
    if (touch_button({"field_name", name_shown, ImVec2(field_w, h), m_field == "name" ? ButtonRole::Selected : ButtonRole::Normal})) {
        m_field = "name";
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    text_block(_("Huisarts"), label_w, false);
    ImGui::SameLine();
    std::string gp_shown = m_gp + (m_field == "gp" ? "_" : "");
    if (touch_button({"field_gp", gp_shown, ImVec2(field_w, h), m_field == "gp" ? ButtonRole::Selected : ButtonRole::Normal})) {
        m_field = "gp";
    }
    label(N_("Geboortejaar"));
    // One row after the label: the year typed so far, ten digits and the erase key (1.4 digits wide).
    const float digit_w = (width - label_w - 4 * m.em - 11 * ImGui::GetStyle().ItemSpacing.x) / 11.4f;
    touch_button({"year_shown", m_birth_year.empty() ? "-" : m_birth_year, ImVec2(4 * m.em, h), ButtonRole::Normal,
                  Pictogram::None, false});
    for (char d = '0'; d <= '9'; ++d) {
        ImGui::SameLine();
        const std::string id = std::string("year_") + d;
        if (touch_button({id.c_str(), std::string(1, d), ImVec2(digit_w, h)}) && m_birth_year.size() < 4) m_birth_year.push_back(d);
    }
    ImGui::SameLine();
    if (touch_button({"year_erase", "", ImVec2(digit_w * 1.4f, h), ButtonRole::Normal, Pictogram::Erase}) && !m_birth_year.empty()) {
        m_birth_year.pop_back();
    }
    label(N_("Geslacht"));
    choice_row("sex", {{"female", _("vrouw")}, {"male", _("man")}}, m_sex, 6 * m.em, h, true);
    label(N_("Afkomst"));
    const float origin_w = share_width(width - label_w, 5);
    choice_row("origin",
               {{"europid", _("Europees")}, {"middle_eastern", _("Midden-Oosten")}, {"african", _("Afrikaans")},
                {"south_asian", _("Zuid-Aziatisch")}, {"other_asian", _("Overig Aziatisch")}},
               m_origin, origin_w, h, true);
    label(N_("Taal"));
    std::vector<Choice> languages;
    for (const auto& language : i18n::languages()) languages.push_back({language.code, language.native_name, language.rtl});
    choice_row("reg_lang", languages, m_language, share_width(width - label_w, 5), h);

    text_keyboard(m_field == "name" ? m_name : m_gp, 60, width, 0.85f * h);
    if (touch_button({"register", _("Inschrijven en kaart printen"), ImVec2(15 * m.em, m.primary_min), ButtonRole::Primary,
                      Pictogram::Card})) {
        submit();
    }
    ImGui::SameLine();
    ImGui::BeginGroup();
    m_message.show(width - 16 * m.em);
    ImGui::EndGroup();
}

}  // namespace gc::ui
