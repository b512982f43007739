#pragma once
// One visit with everything the exports need, read from the store in one go. The row
// builders (municipality.hpp, research.hpp, follow_up_list.hpp, fhir_bundle.hpp) work on these
// plain structs only, so they are tested without a database.
#include "store/store.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc::exports {

struct VisitRecord {
    store::Session session;
    store::Participant participant;
    store::Visit visit;
    std::optional<store::Consents> consents;  // none recorded: no to all three
    std::vector<store::StoredMeasurement> measurements;
    std::map<std::string, std::vector<store::Answer>> answers;  // by questionnaire id
    std::vector<store::Referral> referrals;
    std::vector<store::FollowUp> follow_ups;  // by due date

    bool shares_with_gp() const { return consents && consents->share_with_gp; }
    bool shares_with_municipality() const { return consents && consents->municipality_anonymous; }
    bool shares_for_research() const { return consents && consents->research; }
    // The visit's latest value of `m` (a re-measurement replaces the earlier one).
    std::optional<double> latest(Measure m) const;
    // Age in whole years at the session, from the birth year (the kiosk knows no birth date).
    std::optional<int> age() const;
};

// Every visit in the store, in id order (erased participants are gone).
store::Result<std::vector<VisitRecord>> load_visit_records(store::Store& store);

}  // namespace gc::exports
