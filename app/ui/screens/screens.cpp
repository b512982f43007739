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
namespace {

void require_pictogram(std::string_view file, const std::string& what, const std::string& name) {
    if (pictogram_from_name(name) != Pictogram::None) return;
    throw CircuitError(std::string(file) + ": " + what + " names the pictogram '" + name +
                       "', which the kiosk cannot draw (see app/ui/widgets/pictogram.cpp)");
}

}  // namespace

void check_circuit_pictograms(const Circuit& circuit, std::string_view circuit_file) {
    for (const Station& s : circuit.stations) {
        require_pictogram(circuit_file, "station '" + s.id + "'", s.pictogram);
        for (const Question& q : s.questions) {
            if (q.scale || !q.questionnaire.empty()) continue;  // questionnaires: checked below, with their file
            for (const AnswerOption& o : q.options) require_pictogram(circuit_file, "answer '" + q.id + "/" + o.id + "'", o.pictogram);
        }
    }
    for (const Questionnaire& q : circuit.questionnaires) {
        const std::string file = "questionnaires/" + q.id + ".toml";
        for (const QuestionnaireItem& item : q.items) {
            if (item.kind == ItemKind::Scale) continue;
            for (const ItemOption& o : item.options) require_pictogram(file, "answer '" + item.id + "/" + o.id + "'", o.pictogram);
        }
    }
}

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
