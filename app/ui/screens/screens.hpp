#pragma once
// Every screen of the participant flow, registered in one place.
#include "core/flow/participant_flow.hpp"
#include "ui/screen.hpp"

#include <map>
#include <memory>
#include <string_view>

namespace gc::ui {

std::map<FlowScreen, std::unique_ptr<Screen>> make_participant_screens();

// The screen that shows the flow's state: a station of kind "questions" has its own screen
// (FlowScreen::Questions) while the flow stays in FlowScreen::Station.
FlowScreen screen_shown(const ParticipantFlow& flow);

// Every station and every answer of the circuit (its own questions and the questionnaires'; not
// the 0-10 scales, whose number is the answer) names a pictogram the screens can draw. Throws
// CircuitError naming the file, the answer and the unknown name: a typo in a data file stops the
// kiosk at start like any other broken file, rather than leaving a button with only a word.
void check_circuit_pictograms(const Circuit& circuit, std::string_view circuit_file);

}  // namespace gc::ui
