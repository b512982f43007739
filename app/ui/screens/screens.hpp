#pragma once
// Every screen of the participant flow, registered in one place.
#include "core/flow/participant_flow.hpp"
#include "ui/screen.hpp"

#include <map>
#include <memory>

namespace gc::ui {

std::map<FlowScreen, std::unique_ptr<Screen>> make_participant_screens();

}  // namespace gc::ui
