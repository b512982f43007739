#pragma once
// Assembles the results sheet of one visit on the UI thread: texts in the participant's
// language with the Dutch beside them for the GP, numbers formatted by the shared formatter.
// The report layer only places what it is given.
#include "core/assessment.hpp"
#include "core/flow/participant_flow.hpp"
#include "report/sheet.hpp"

#include <string>

namespace gc::kiosk {

report::SheetContent build_sheet(const VisitDraft& visit, const Assessment& assessment, const std::string& date,
                                 const std::string& kiosk_id);

}  // namespace gc::kiosk
