#include "ui/screens/talk_screen.hpp"

#include "i18n/i18n.hpp"
#include "i18n/offer_words.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/numeric_keypad.hpp"

#include <algorithm>

namespace gc::ui {
namespace {

std::string offer_details(const Offer& o) {
    std::string text;
    for (const auto& fact : i18n::offer_facts(o, i18n::current_translator(), false))
        text += (text.empty() ? "" : "\n") + fact.label + " " + (fact.left_to_right ? ltr_isolate(fact.value) : fact.value);
    return text;
}

}  // namespace

void TalkScreen::enter(UiContext&) {
    m_step = Step::Goal;
    m_goal.reset();
    m_chosen.clear();
    m_may_call.reset();
    m_phone = KeypadBuffer(0, 12);
    m_phone.keep_leading_zeros();
    m_error = nullptr;
}

std::string TalkScreen::title(UiContext&) const { return _("Gesprek"); }

std::string TalkScreen::spoken_text(UiContext& ctx) const {
    switch (m_step) {
        case Step::Goal: return _("Kies samen één doel.");
        case Step::Offers: {
            std::string text = _("Wat past bij u?");
            if (ctx.offers && m_goal) {
                for (const Offer* o : ctx.offers->matching(*m_goal)) text += " " + i18n::offer_name(*o, i18n::current_translator()) + ". " + offer_details(*o);
            }
            return text;
        }
        case Step::Call: return _("Mag deze persoon u bellen?");
    }
    return {};
}

void TalkScreen::draw_body(UiContext& ctx) {
    switch (m_step) {
        case Step::Goal: draw_goals(ctx); break;
        case Step::Offers: draw_offers(ctx); break;
        case Step::Call: draw_call(ctx); break;
    }
    if (m_error) text_block(_(m_error), ImGui::GetContentRegionAvail().x, rtl(), Align::Start, colours::kError);
    const bool can_go_on = m_step == Step::Goal ? m_goal.has_value()
                           : m_step == Step::Call ? m_may_call.has_value() && (!*m_may_call || m_phone.text().size() >= 10)
                                                  : true;
    const bool last = m_step == Step::Call || (m_step == Step::Offers && m_chosen.empty());
    const auto f = footer(ctx, true, FooterAction{"talk_next", last ? _("Bewaar") : _("Verder"),
                                                  last ? Pictogram::Check : Pictogram::Next, can_go_on});
    if (f.back) {
        m_error = nullptr;
        if (m_step == Step::Goal) ctx.flow.back();
        else m_step = m_step == Step::Call ? Step::Offers : Step::Goal;
    }
    if (f.primary) {
        if (last) save(ctx);
        else m_step = m_step == Step::Goal ? Step::Offers : Step::Call;
    }
}

Pictogram goal_pictogram(LifestyleGoal g) {
    switch (g) {
        case LifestyleGoal::Movement: return Pictogram::Walk;
        case LifestyleGoal::Food: return Pictogram::Food;
        case LifestyleGoal::Sleep: return Pictogram::Moon;
        case LifestyleGoal::Relaxation: return Pictogram::Relax;
        case LifestyleGoal::SmokingAlcohol: return Pictogram::SmokingAlcohol;
        case LifestyleGoal::MeaningContacts: return Pictogram::People;
    }
    return Pictogram::None;
}

void TalkScreen::draw_goals(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ctx.fonts.title);
    text_block(_("Kies samen één doel."), width, rtl());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, 0.4f * m.em));
    const float gap = m.pad;
    const float tile_w = (width - gap) / 2;
    const float top = ImGui::GetCursorPosY();
    for (std::size_t i = 0; i < kLifestyleGoals.size(); ++i) {
        const LifestyleGoal g = kLifestyleGoals[i];
        const float x = start_x(static_cast<float>(i % 2) * (tile_w + gap), tile_w);
        ImGui::SetCursorPos(ImVec2(x, top + static_cast<float>(i / 2) * (2.8f * m.em + gap)));
        const std::string id = "goal_" + std::string(goal_name(g));
        if (touch_button({id.c_str(), _(goal_label(g)), ImVec2(tile_w, 2.8f * m.em),
                          m_goal == g ? ButtonRole::Selected : ButtonRole::Normal, goal_pictogram(g), true, rtl(),
                          nullptr, false})) {
            if (m_goal != g) m_chosen.clear();
            m_goal = g;
        }
    }
}

void TalkScreen::draw_offers(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ctx.fonts.title);
    text_block(std::string(_("Wat past bij u?")) + "  (" + _(goal_label(*m_goal)) + ")", width, rtl());
    ImGui::PopFont();
    const std::vector<const Offer*> offers = ctx.offers ? ctx.offers->matching(*m_goal) : std::vector<const Offer*>{};
    if (offers.empty()) {
        text_block(_("Hier is nog geen aanbod voor."), width, rtl(), Align::Start, colours::kMuted);
        return;
    }
    const float list_h = ImGui::GetContentRegionAvail().y - footer_height(ctx) - m.pad;
    ImGui::BeginChild("offers", ImVec2(width, list_h), false);
    const float inner_w = ImGui::GetContentRegionAvail().x - ImGui::GetStyle().WindowPadding.x;
    const float choose_w = 7.0f * m.em;
    const float text_w = inner_w - choose_w - 2 * m.pad;
    for (const Offer* o : offers) {
        const float top = ImGui::GetCursorPosY();
        ImGui::SetCursorPos(ImVec2(start_x(0, text_w), top));
        ImGui::BeginGroup();
        ImGui::PushFont(ctx.fonts.title);
        text_block(i18n::offer_name(*o, i18n::current_translator()), text_w, rtl());
        ImGui::PopFont();
        text_block(std::string(_(offer_kind_label(o->kind))), text_w, rtl(), Align::Start, colours::kMuted);
        text_block(offer_details(*o), text_w, rtl());
        ImGui::EndGroup();
        const float bottom = ImGui::GetCursorPosY();
        const bool chosen = m_chosen.count(o->id) > 0;
        ImGui::SetCursorPos(ImVec2(start_x(text_w + 2 * m.pad, choose_w), top));
        const std::string id = "offer_" + o->id;
        if (touch_button({id.c_str(), chosen ? _("Gekozen") : _("Kies"), ImVec2(choose_w, 2.4f * m.em),
                          chosen ? ButtonRole::Selected : ButtonRole::Normal, chosen ? Pictogram::Check : Pictogram::Ring,
                          true, rtl()})) {
            if (chosen) m_chosen.erase(o->id);
            else m_chosen.insert(o->id);
        }
        ImGui::SetCursorPosY(std::max(bottom, top + 2.4f * m.em) + m.pad);
    }
    ImGui::EndChild();
}

void TalkScreen::draw_call(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float keypad_w = 3 * m.key * 1.25f + 2 * m.key * 0.12f;
    const float left_w = width - keypad_w - 2 * m.pad;
    const float top = ImGui::GetCursorPosY();
    ImGui::SetCursorPos(ImVec2(start_x(0, left_w), top));
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.title);
    text_block(_("Mag deze persoon u bellen?"), left_w, rtl());
    ImGui::PopFont();
    std::string who;
    for (const std::string& id : m_chosen) {
        if (const Offer* o = ctx.offers ? ctx.offers->find(id) : nullptr) who += o->words_in(i18n::current_language().code).who + "\n";
    }
    text_block(who, left_w, rtl(), Align::Start, colours::kMuted);
    ImGui::EndGroup();
    const float button_w = std::min(left_w, 12.0f * m.em);
    ImGui::SetCursorPosX(start_x(0, button_w));
    if (touch_button({"call_yes", _("Ja, dat mag"), ImVec2(button_w, 2.6f * m.em),
                      m_may_call == true ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::Phone, true, rtl(),
                      nullptr, false})) {
        m_may_call = true;
    }
    ImGui::Dummy(ImVec2(0, 0.2f * m.em));
    ImGui::SetCursorPosX(start_x(0, button_w));
    if (touch_button({"call_no", _("Nee, liever niet"), ImVec2(button_w, 2.6f * m.em),
                      m_may_call == false ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::Cross, true, rtl(),
                      nullptr, false})) {
        m_may_call = false;
    }
    if (m_may_call != true) return;
    // The phone number: digits left to right, leading zero kept.
    const float keypad_x = start_x(left_w + 2 * m.pad, keypad_w);
    ImGui::SetCursorPos(ImVec2(keypad_x, top));
    text_block(_("Uw telefoonnummer"), keypad_w, rtl(), Align::Center, colours::kMuted);
    ImGui::SetCursorPosX(keypad_x);
    ImGui::PushFont(ctx.fonts.big);
    text_block(m_phone.text().empty() ? std::string(" ") : m_phone.text(), keypad_w, false, Align::Center);
    ImGui::PopFont();
    ImGui::SetCursorPosX(keypad_x);
    ImGui::BeginGroup();
    if (numeric_keypad("phone", m_phone, ".", false, m.key)) m_error = nullptr;
    ImGui::EndGroup();
}

void TalkScreen::save(UiContext& ctx) {
    std::vector<ReferralChoice> referrals;
    for (const std::string& id : m_chosen) {
        const Offer* o = ctx.offers ? ctx.offers->find(id) : nullptr;
        if (!o) continue;
        const bool call = m_may_call.value_or(false);
        referrals.push_back({o->id, o->who, call, call ? m_phone.text() : std::string()});
    }
    Outcome outcome = ctx.flow.save_talk(std::string(goal_name(*m_goal)), referrals);
    m_error = outcome.ok ? nullptr : outcome.message;
}

}  // namespace gc::ui
