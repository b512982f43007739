#include "kiosk/store_host_records.hpp"

#include "core/translatable.hpp"

#include <spdlog/spdlog.h>

namespace gc::kiosk {

Outcome store_failure(const store::StoreError& error) {
    spdlog::error("store: {}", error.describe());
    return Outcome::failure(store::kind_msgid(error.kind).data(), error.describe());
}

namespace {

template <class T>
Outcome failed(const store::Result<T>& r) {
    return store_failure(r.error());
}

store::GroupType group_of(HostGroup g) {
    switch (g) {
    case HostGroup::Men: return store::GroupType::Men;
    case HostGroup::Women: return store::GroupType::Women;
    case HostGroup::Mixed: break;
    }
    return store::GroupType::Mixed;
}

HostGroup host_group(store::GroupType g) {
    switch (g) {
    case store::GroupType::Men: return HostGroup::Men;
    case store::GroupType::Women: return HostGroup::Women;
    case store::GroupType::Mixed: break;
    }
    return HostGroup::Mixed;
}

}  // namespace

Outcome StoreHostRecords::start_session(const SessionPlan& plan, std::int64_t& id) {
    std::optional<store::SessionId> earlier;
    if (plan.follow_up_of) earlier = store::SessionId{*plan.follow_up_of};
    auto started = m_store.start_session({plan.date, plan.place, group_of(plan.group), plan.host, earlier});
    if (!started) return failed(started);
    id = started.value().value;
    spdlog::info("host started session {}", id);
    return Outcome::success();
}

Outcome StoreHostRecords::sessions(std::vector<SessionSummary>& out) {
    auto listed = m_store.sessions();
    if (!listed) return failed(listed);
    out.clear();
    for (const auto& s : listed.value()) {
        SessionPlan plan{s.info.date, s.info.place, host_group(s.info.group_type), s.info.host, {}};
        if (s.info.follow_up_of) plan.follow_up_of = s.info.follow_up_of->value;
        out.push_back({s.id.value, plan});
    }
    return Outcome::success();
}

Outcome StoreHostRecords::register_arrival(std::int64_t session, const ArrivalForm& form, const std::string& by,
                                           Arrival& out) {
    store::ParticipantInfo info{form.name, form.birth_year, form.sex, form.origin, form.language, form.gp_practice};
    auto arrived = m_store.register_arrival(store::SessionId{session}, info, by, store::wall_now());
    if (!arrived) return failed(arrived);
    out = {arrived.value().participant.id.value, arrived.value().visit.id.value, arrived.value().participant.card_code, {}};
    spdlog::info("host registered participant {}", out.participant);
    return Outcome::success();
}

Outcome StoreHostRecords::arrive_by_card(std::int64_t session, const std::string& card_code,
                                         std::optional<std::int64_t> earlier_session, const std::string& by, Arrival& out) {
    auto participant = m_store.find_participant(card_code);
    if (!participant) {
        if (participant.error().kind == store::ErrorKind::NotFound) {
            return Outcome::failure(N_("Deze kaart kennen we niet. Vraag de gastvrouw om hulp."), "unknown card");
        }
        return failed(participant);
    }
    std::optional<store::SessionId> earlier;
    if (earlier_session) earlier = store::SessionId{*earlier_session};
    const auto id = participant.value().id;
    auto visit = m_store.arrive(store::SessionId{session}, id, earlier, by, store::wall_now());
    if (!visit) return failed(visit);
    out = {id.value, visit.value().value, participant.value().card_code, {}};
    auto visits = m_store.visits_of(id);
    if (!visits) return failed(visits);
    for (const auto& v : visits.value()) {
        if (earlier && v.session == *earlier) out.earlier_visit = v.id.value;
    }
    return Outcome::success();
}

Outcome StoreHostRecords::correct(const CorrectionRecord& c) {
    auto done = m_store.correct_measurement(store::VisitId{c.visit}, c.measure, c.new_value, c.reason, c.by, store::wall_now());
    if (!done) return failed(done);
    spdlog::info("host corrected {} of visit {}", measure_name(c.measure), c.visit);
    return Outcome::success();
}

Outcome StoreHostRecords::corrections_of(std::int64_t visit, std::vector<CorrectionRecord>& out) {
    auto history = m_store.corrections_of(store::VisitId{visit});
    if (!history) return failed(history);
    out.clear();
    for (const auto& c : history.value()) {
        out.push_back({c.visit.value, c.measure, c.old_value, c.new_value, c.reason, c.corrected_by});
    }
    return Outcome::success();
}

Outcome StoreHostRecords::merge(std::int64_t duplicate, std::int64_t keep, const std::string& by) {
    auto done = m_store.merge_participants(store::ParticipantId{duplicate}, store::ParticipantId{keep}, by, store::wall_now());
    if (!done) return store_failure(done.error());
    spdlog::info("host merged participant {} into {}", duplicate, keep);
    return Outcome::success();
}

Outcome StoreHostRecords::set_language(std::int64_t participant, const std::string& language, const std::string& by) {
    auto done = m_store.set_participant_language(store::ParticipantId{participant}, language, by, store::wall_now());
    if (!done) return store_failure(done.error());
    return Outcome::success();
}

Outcome StoreHostRecords::raise_alert(std::int64_t visit, const std::string& key, const std::string& display) {
    auto raised = m_store.raise_alert(store::VisitId{visit}, key, display, store::wall_now());
    if (!raised) return failed(raised);
    spdlog::warn("urgent value for visit {} ({}): the host is alerted", visit, key);
    return Outcome::success();
}

Outcome StoreHostRecords::acknowledge(std::int64_t alert, const std::string& by) {
    auto done = m_store.acknowledge_alert(store::AlertId{alert}, by, store::wall_now());
    if (!done) return store_failure(done.error());
    return Outcome::success();
}

Outcome StoreHostRecords::board(std::int64_t session, std::vector<BoardVisit>& visits, std::vector<AlertRecord>& alerts) {
    auto rows = m_store.session_visits(store::SessionId{session});
    if (!rows) return failed(rows);
    auto raised = m_store.alerts_of_session(store::SessionId{session});
    if (!raised) return failed(raised);
    visits.clear();
    for (const auto& sv : rows.value()) {
        BoardVisit v;
        v.participant = sv.participant.id.value;
        v.visit = sv.visit.id.value;
        v.card_code = sv.participant.card_code;
        v.name = sv.participant.info.name;
        v.language = sv.participant.info.language;
        v.profile.sex = sv.participant.info.sex;
        v.profile.birth_year = sv.participant.info.birth_year;
        v.profile.origin = sv.participant.info.origin.value_or(OriginGroup::Unknown);
        for (const auto& m : sv.measurements) v.values[m.record.measure] = m.record.value;  // later rows win
        for (const auto& a : sv.answers) v.answers[a.question_id] = a.value;
        for (const auto& r : sv.referrals) v.referrals.push_back({r.offer, r.who_calls, r.consent_to_call});
        for (const auto& f : sv.follow_ups) v.follow_ups.push_back({f.kind, f.due_date});
        v.irregular_heartbeat = sv.irregular_heartbeat.has_value();
        if (sv.earlier_visit) {
            v.earlier_visit = sv.earlier_visit->value;
            auto then = m_store.measurements_of(*sv.earlier_visit);
            if (!then) return failed(then);
            for (const auto& m : then.value()) v.earlier_values[m.record.measure] = m.record.value;
            auto answered = m_store.answers_of(*sv.earlier_visit, "circuit");
            if (!answered) return failed(answered);
            for (const auto& a : answered.value()) v.earlier_answers[a.question_id] = a.value;
        }
        visits.push_back(std::move(v));
    }
    alerts.clear();
    for (const auto& a : raised.value()) {
        alerts.push_back({a.id.value, a.visit.value, a.light_key, a.display, a.acknowledged_at.has_value(),
                          a.acknowledged_by.value_or("")});
    }
    return Outcome::success();
}

Outcome StoreHostRecords::rest_skipped(std::int64_t visit, const std::string& by) {
    auto done = m_store.log_rest_skipped(store::VisitId{visit}, by, store::wall_now());
    if (!done) return store_failure(done.error());
    spdlog::info("host ended the blood-pressure rest of visit {}", visit);
    return Outcome::success();
}

}  // namespace gc::kiosk
