#pragma once
// What every screen may use. Owned by the kiosk; screens hold no participant data of their own
// beyond the current screen's input state, which is reset on every visit.
#include "core/assessment.hpp"
#include "core/flow/participant_flow.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

#include <functional>
#include <string>

namespace gc {
class Ruleset;
struct OfferCatalog;
namespace i18n {
class Speaker;
}
}  // namespace gc

namespace gc::ui {

struct UiContext {
    ParticipantFlow& flow;
    const Ruleset& rules;
    Metrics metrics;
    Fonts fonts;
    i18n::Speaker* speaker = nullptr;  // null: no read-aloud (no audio)
    int current_year = 2026;
    // Switches the language of the whole UI (catalog, shaping, layout direction).
    std::function<void(const std::string&)> switch_language;
    const OfferCatalog* offers = nullptr;  // the neighbourhood offers of this place (talk screen)
};

}  // namespace gc::ui
