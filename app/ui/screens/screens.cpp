#include "ui/screens/screens.hpp"

#include "ui/screens/attract_screen.hpp"
#include "ui/screens/card_screen.hpp"
#include "ui/screens/consent_screen.hpp"
#include "ui/screens/experience_screen.hpp"
#include "ui/screens/goodbye_screen.hpp"
#include "ui/screens/questions_screen.hpp"
#include "ui/screens/station_screen.hpp"
#include "ui/screens/summary_screen.hpp"
#include "ui/screens/talk_screen.hpp"

namespace gc::ui {

std::map<FlowScreen, std::unique_ptr<Screen>> make_participant_screens() {
    std::map<FlowScreen, std::unique_ptr<Screen>> screens;
    screens[FlowScreen::Attract] = std::make_unique<AttractScreen>();
    screens[FlowScreen::Consent] = std::make_unique<ConsentScreen>();
    screens[FlowScreen::Card] = std::make_unique<CardScreen>();
    screens[FlowScreen::Station] = std::make_unique<StationScreen>();
    screens[FlowScreen::Summary] = std::make_unique<SummaryScreen>();
    screens[FlowScreen::Goodbye] = std::make_unique<GoodbyeScreen>();
    screens[FlowScreen::Questions] = std::make_unique<QuestionsScreen>();
    screens[FlowScreen::Talk] = std::make_unique<TalkScreen>();
    screens[FlowScreen::Experience] = std::make_unique<ExperienceScreen>();
    return screens;
}

FlowScreen screen_shown(const ParticipantFlow& flow) {
    if (flow.screen() == FlowScreen::Station && flow.current_station().kind == StationKind::Questions) {
        return FlowScreen::Questions;
    }
    return flow.screen();
}

}  // namespace gc::ui
