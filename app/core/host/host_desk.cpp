#include "core/host/host_desk.hpp"

#include "core/assessment.hpp"
#include "core/card_code.hpp"
#include "core/flow/assessment_input.hpp"
#include "core/host/group_picture.hpp"
#include "core/rules/ruleset.hpp"
#include "core/translatable.hpp"

#include <algorithm>
#include <cmath>

namespace gc {

bool valid_session_date(std::string_view d) {
    if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (d[i] < '0' || d[i] > '9') return false;
    }
    const int month = (d[5] - '0') * 10 + (d[6] - '0');
    const int day = (d[8] - '0') * 10 + (d[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

HostDesk::HostDesk(HostRecords& records, const Circuit& circuit, const Ruleset& rules,
                   std::vector<std::string> languages, std::string actor)
    : m_records(records), m_circuit(circuit), m_rules(rules), m_languages(std::move(languages)),
      m_actor(std::move(actor)) {}

Outcome HostDesk::start_session(const SessionPlan& plan) {
    if (!valid_session_date(plan.date)) return Outcome::failure(N_("Deze datum klopt niet."), "bad session date");
    if (plan.follow_up_of) {
        std::vector<SessionSummary> earlier;
        if (auto listed = m_records.sessions(earlier); !listed.ok) return listed;
        const bool exists = std::any_of(earlier.begin(), earlier.end(),
                                        [&](const SessionSummary& s) { return s.id == *plan.follow_up_of; });
        if (!exists) return Outcome::failure(N_("Die eerdere sessie bestaat niet."), "unknown earlier session");
    }
    std::int64_t id = 0;
    if (auto started = m_records.start_session(plan, id); !started.ok) return started;
    use_session(id, plan.follow_up_of);
    return Outcome::success();
}

void HostDesk::use_session(std::int64_t session, std::optional<std::int64_t> follow_up_of) {
    m_session = session;
    m_follow_up_of = follow_up_of;
    m_visits.clear();
    m_alerts.clear();
    m_board = {};
}

Outcome HostDesk::register_arrival(const ArrivalForm& form, int current_year, Arrival& out) {
    if (!m_session) return Outcome::failure(N_("Start eerst de sessie van vandaag."), "no session");
    if (form.birth_year && (*form.birth_year < 1900 || *form.birth_year > current_year - 16)) {
        return Outcome::failure(N_("Dit geboortejaar klopt niet."), "birth year out of range");
    }
    if (std::find(m_languages.begin(), m_languages.end(), form.language) == m_languages.end()) {
        return Outcome::failure(N_("Deze taal heeft de kiosk niet."), "unknown language");
    }
    if (form.name && form.name->size() > 60) return Outcome::failure(N_("Deze naam is te lang."), "name too long");
    if (form.gp_practice && form.gp_practice->size() > 60) {
        return Outcome::failure(N_("Deze naam is te lang."), "GP practice too long");
    }
    ArrivalForm cleaned = form;
    if (cleaned.name && cleaned.name->empty()) cleaned.name.reset();
    if (cleaned.gp_practice && cleaned.gp_practice->empty()) cleaned.gp_practice.reset();
    return m_records.register_arrival(*m_session, cleaned, m_actor, out);
}

Outcome HostDesk::arrive_by_card(const std::string& typed_code, Arrival& out) {
    if (!m_session) return Outcome::failure(N_("Start eerst de sessie van vandaag."), "no session");
    const auto code = normalise_card_code(typed_code);
    if (!code) return Outcome::failure(N_("Deze kaartcode klopt niet."), "invalid card code");
    return m_records.arrive_by_card(*m_session, *code, m_follow_up_of, m_actor, out);
}

const StationEntry* HostDesk::entry_for(Measure measure) const {
    for (const auto& station : m_circuit.stations) {
        for (const auto& entry : station.entries) {
            if (entry.measure == measure) return &entry;
        }
    }
    return nullptr;
}

Outcome HostDesk::correct(std::int64_t visit, Measure measure, double value, const std::string& reason) {
    const auto found = std::find_if(m_visits.begin(), m_visits.end(), [&](const BoardVisit& v) { return v.visit == visit; });
    if (found == m_visits.end()) return Outcome::failure(N_("Deze deelnemer staat niet op het bord."), "unknown visit");
    const StationEntry* entry = entry_for(measure);
    if (!std::isfinite(value) || (entry && (value < entry->min || value > entry->max))) {
        return Outcome::failure(N_("Deze waarde kan niet kloppen. Kijk het nog eens na."), "implausible correction");
    }
    CorrectionRecord correction;
    correction.visit = visit;
    correction.measure = measure;
    if (auto old = found->values.find(measure); old != found->values.end()) correction.old_value = old->second;
    correction.new_value = value;
    correction.reason = reason;
    correction.by = m_actor;
    if (auto done = m_records.correct(correction); !done.ok) return done;
    found->values[measure] = value;  // until the next refresh
    return Outcome::success();
}

Outcome HostDesk::merge(std::int64_t duplicate, std::int64_t keep) {
    if (duplicate == keep) return Outcome::failure(N_("Kies twee verschillende deelnemers."), "merge with itself");
    return m_records.merge(duplicate, keep, m_actor);
}

Outcome HostDesk::switch_language(std::int64_t participant, const std::string& language) {
    if (std::find(m_languages.begin(), m_languages.end(), language) == m_languages.end()) {
        return Outcome::failure(N_("Deze taal heeft de kiosk niet."), "unknown language");
    }
    return m_records.set_language(participant, language, m_actor);
}

Outcome HostDesk::acknowledge(std::int64_t alert) {
    const bool open = std::any_of(m_alerts.begin(), m_alerts.end(),
                                  [&](const AlertRecord& a) { return a.id == alert && !a.acknowledged; });
    if (!open) return Outcome::failure(N_("Deze melding is al afgehandeld."), "no open alert");
    if (auto done = m_records.acknowledge(alert, m_actor); !done.ok) return done;
    for (auto& a : m_alerts) {
        if (a.id == alert) {
            a.acknowledged = true;
            a.acknowledged_by = m_actor;
        }
    }
    rebuild();
    return Outcome::success();
}

void HostDesk::rebuild() { m_board = build_board(m_circuit, m_visits, m_alerts, &m_rules, m_year); }

const BoardRow* HostDesk::resting_participant(const ParticipantFlow& flow) const {
    if (flow.screen() != FlowScreen::Station || !flow.blood_pressure()) return nullptr;
    if (flow.blood_pressure()->phase() != BloodPressureGuide::Phase::Resting) return nullptr;
    return m_board.find_card(flow.visit().card_code);
}

Outcome HostDesk::skip_rest(ParticipantFlow& flow) {
    const BoardRow* row = resting_participant(flow);
    if (!row) return Outcome::failure(N_("Er loopt nu geen rustpauze."), "no rest to skip");
    if (auto logged = m_records.rest_skipped(row->visit.visit, m_actor); !logged.ok) return logged;
    flow.host_skip_rest();
    return Outcome::success();
}

Outcome HostDesk::refresh(int current_year) {
    if (!m_session) return Outcome::success();
    m_year = current_year;
    if (auto loaded = m_records.board(*m_session, m_visits, m_alerts); !loaded.ok) return loaded;
    bool raised = false;
    for (const auto& visit : m_visits) {
        const Assessment assessment = assess_board_visit(m_rules, visit, current_year);
        for (const auto& light : assessment.lights) {
            if (!light.urgent) continue;
            const bool known = std::any_of(m_alerts.begin(), m_alerts.end(), [&](const AlertRecord& a) {
                return a.visit == visit.visit && a.key == light.key && a.display == light.display;
            });
            if (known) continue;
            if (auto done = m_records.raise_alert(visit.visit, light.key, light.display); !done.ok) return done;
            raised = true;
        }
    }
    if (raised) {
        if (auto loaded = m_records.board(*m_session, m_visits, m_alerts); !loaded.ok) return loaded;
    }
    rebuild();
    return Outcome::success();
}

}  // namespace gc
