#pragma once
// Every screen of the participant flow, registered in one place.
#include "core/flow/participant_flow.hpp"
#include "ui/screen.hpp"

#include <map>
#include <memory>

namespace gc::ui {

std::map<FlowScreen, std::unique_ptr<Screen>> make_participant_screens();

// The screen that shows the flow's state: a station of kind "questions" has its own screen
// (FlowScreen::Questions) while the flow stays in FlowScreen::Station.
FlowScreen screen_shown(const ParticipantFlow& flow);

}  // namespace gc::ui
