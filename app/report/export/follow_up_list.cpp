#include "report/export/follow_up_list.hpp"

#include <algorithm>

namespace gc::exports {

std::optional<FollowUpDue> follow_up_due_from_name(std::string_view name) {
    if (name == "week6") return FollowUpDue::Week6;
    if (name == "month6") return FollowUpDue::Month6;
    return std::nullopt;
}

std::string_view follow_up_kind(FollowUpDue due) {
    return due == FollowUpDue::Week6 ? "call_6_weeks" : "remeasure_6_months";
}

namespace {

struct Entry {
    std::string due_date;
    const VisitRecord* visit;
};

// Referrals as "offer (note); offer": what the caller asks about.
std::string referrals_text(const VisitRecord& v) {
    std::string text;
    for (const auto& r : v.referrals) {
        if (!text.empty()) text += "; ";
        text += r.offer;
        if (!r.note.empty()) text += " (" + r.note + ")";
        if (!r.who_calls.empty()) text += ", belt: " + r.who_calls;
    }
    return text;
}

// The number the participant gave with their consent to be called (store::Referral).
std::string phone_of(const VisitRecord& v) {
    for (const auto& r : v.referrals) {
        if (r.consent_to_call && !r.phone.empty()) return r.phone;
    }
    return "";
}

}  // namespace

FollowUpList follow_up_list(const std::vector<VisitRecord>& visits, FollowUpDue due) {
    std::vector<Entry> entries;
    for (const auto& v : visits) {
        for (const auto& f : v.follow_ups) {
            if (f.kind == follow_up_kind(due)) {
                entries.push_back({f.due_date, &v});
                break;
            }
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry& a, const Entry& b) { return a.due_date < b.due_date; });
    FollowUpList list;
    list.csv.header = {"due_date", "name", "card_code", "language", "phone", "gp_practice", "session_date",
                       "referrals"};
    for (const auto& e : entries) {
        const auto& v = *e.visit;
        const auto& info = v.participant.info;
        list.csv.rows.push_back({csv_text_field(e.due_date), csv_text_field(info.name.value_or("")),
                                 csv_text_field(v.participant.card_code), csv_text_field(info.language),
                                 csv_text_field(phone_of(v)),
                                 csv_text_field(info.gp_practice.value_or("")), csv_text_field(v.session.info.date),
                                 csv_text_field(referrals_text(v))});
        list.visits.push_back(v.visit.id);
    }
    return list;
}

}  // namespace gc::exports
