#pragma once
// The results sheet of one visit, built from what the store holds, so the kiosk, host-mode
// reprints, the CLI (`groepsconsult sheet|print`) and the GP export print the same thing.
// Runs on the thread that owns the store and the i18n state (the UI thread in the kiosk).
#include "core/offers/offers.hpp"
#include "core/rules/ruleset.hpp"
#include "report/sheet.hpp"
#include "store/store.hpp"

#include <string>
#include <string_view>

namespace gc::report {

// Where the sheet reads its answers. Positieve Gezondheid: one answer per dimension, question id
// = health_dimension_name() ("body_functions", ...), value the grade "0".."10" ("7.5" allowed).
inline constexpr std::string_view kPositiveHealthQuestionnaire = "positive_health";
// The circuit's yes/no questions (smoker, diabetes, ...): input of the assessment.
inline constexpr std::string_view kCircuitQuestionnaire = "circuit";

// Follow-up kinds the sheet prints with their date (other kinds are not printed).
inline constexpr std::string_view kCallSixWeeks = "call_6_weeks";
inline constexpr std::string_view kReturnSixMonths = "remeasure_6_months";

// The sheet of `visit`: page 1 and 2 in the participant's own language (switched for the call
// and switched back), the GP page in Dutch. The latest earlier visit of the same participant
// with measurements gives the then-and-now column and the dashed web. A referral prints its
// offer's who / where / when / cost / languages and contact from the offer file of the visit's
// session place (offers_for_place over `offers`, e.g. runtime's load_offer_files()); an offer no
// file knows prints who will call and the note. Errors are the store's (NotFound for an unknown visit).
store::Result<SheetContent> sheet_from_store(store::Store& store, store::VisitId visit, const Ruleset& rules,
                                             const std::string& kiosk_id, const std::vector<OfferCatalog>& offers = {});

// The participant's latest visit, by card code (NotFound when unknown or never visited).
store::Result<store::VisitId> latest_visit(store::Store& store, std::string_view card_code);

}  // namespace gc::report
