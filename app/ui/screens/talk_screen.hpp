#pragma once
#include "core/flow/keypad_buffer.hpp"
#include "core/offers/offers.hpp"
#include "ui/screen.hpp"

#include <optional>
#include <set>
#include <string>

namespace gc::ui {

// The picture on a goal's tile (the talk screen's goals and the tests that check every goal has one).
Pictogram goal_pictogram(LifestyleGoal g);

// The talk with the professional, after the summary: pick one goal on the leefstijlroer, then
// the neighbourhood offers that fit it (who, where, when, cost, languages), then "may this
// person call you?" with the phone number on the keypad. Saving schedules the follow-ups.
class TalkScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext& ctx) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::People; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    enum class Step { Goal, Offers, Call };
    void draw_goals(UiContext& ctx);
    void draw_offers(UiContext& ctx);
    void draw_call(UiContext& ctx);
    void save(UiContext& ctx);

    Step m_step = Step::Goal;
    std::optional<LifestyleGoal> m_goal;
    std::set<std::string> m_chosen;  // offer ids
    std::optional<bool> m_may_call;
    KeypadBuffer m_phone{0, 12};
    const char* m_error = nullptr;
};

}  // namespace gc::ui
