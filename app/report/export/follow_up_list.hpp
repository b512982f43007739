#pragma once
// Call and invitation lists for the health champion (week 6) and the coordinator (month 6):
// who, in which language, how to reach them, and the referrals made at the visit. Every open
// follow-up of the kind asked for, soonest first. Personal data on purpose: the list is for
// the people who call, and the audit log records each visit on it.
#include "report/export/csv.hpp"
#include "report/export/visit_records.hpp"

#include <optional>
#include <string_view>

namespace gc::exports {

enum class FollowUpDue { Week6, Month6 };
std::optional<FollowUpDue> follow_up_due_from_name(std::string_view name);  // "week6", "month6"
std::string_view follow_up_kind(FollowUpDue due);  // the store's kind: "call_6_weeks", ...

struct FollowUpList {
    CsvTable csv;
    std::vector<store::VisitId> visits;  // on the list, in row order
};

FollowUpList follow_up_list(const std::vector<VisitRecord>& visits, FollowUpDue due);

}  // namespace gc::exports
