#pragma once
// Turns what one participant entered at the kiosk into the input of the ruleset.
#include "core/assessment.hpp"
#include "core/flow/participant_flow.hpp"

namespace gc {

// `year` is the current calendar year (age = year - birth year). Unknown answers stay unknown,
// so the ruleset can say why it cannot estimate a risk.
AssessmentInput assessment_input(const VisitDraft& visit, int year);

}  // namespace gc

namespace gc {
// The traffic light a measure feeds: systolic and diastolic → "blood_pressure", weight and
// height → "bmi", ...; empty when the measure has no light of its own.
std::string_view light_key_for(Measure m);
}  // namespace gc
