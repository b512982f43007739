#pragma once
// Host actions, checked here and persisted through HostRecords (each one transaction with its
// audit entry in the store): start a session (or a follow-up of an earlier one), register an
// arrival, correct a value (the old one stays in the history), merge a duplicate registration,
// switch a participant's language, acknowledge an urgent alert. The desk also keeps the session
// board and raises an alert for every urgent value of the ruleset (rules: `urgent = true`).
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/host/host_records.hpp"
#include "core/host/session_board.hpp"

#include <optional>
#include <string>
#include <vector>

namespace gc {

class Ruleset;

class HostDesk {
public:
    // `languages`: the codes a participant may choose ("nl", "en", ...); `actor`: who the
    // audit log names for the actions done here ("host").
    HostDesk(HostRecords& records, const Circuit& circuit, const Ruleset& rules, std::vector<std::string> languages,
             std::string actor = "host");

    Outcome start_session(const SessionPlan& plan);
    void use_session(std::int64_t session, std::optional<std::int64_t> follow_up_of = std::nullopt);
    std::optional<std::int64_t> session() const { return m_session; }
    bool follow_up() const { return m_follow_up_of.has_value(); }

    Outcome register_arrival(const ArrivalForm& form, int current_year, Arrival& out);
    // A registered participant arrives with their card (typed or scanned). In a follow-up
    // session the new visit is linked to their visit of the earlier session.
    Outcome arrive_by_card(const std::string& typed_code, Arrival& out);
    Outcome correct(std::int64_t visit, Measure measure, double value, const std::string& reason);
    Outcome merge(std::int64_t duplicate, std::int64_t keep);
    Outcome switch_language(std::int64_t participant, const std::string& language);
    Outcome acknowledge(std::int64_t alert);
    // The participant now at this kiosk, while their blood-pressure rest runs (else null): the
    // host may end the rest early. skip_rest() does so with an audit entry.
    const BoardRow* resting_participant(const ParticipantFlow& flow) const;
    Outcome skip_rest(ParticipantFlow& flow);

    // Reloads the board and raises an alert for every urgent value not alerted yet.
    Outcome refresh(int current_year);
    const SessionBoard& board() const { return m_board; }
    bool needs_attention() const { return !m_board.open_alerts.empty(); }

private:
    const StationEntry* entry_for(Measure measure) const;
    void rebuild();

    HostRecords& m_records;
    const Circuit& m_circuit;
    const Ruleset& m_rules;
    std::vector<std::string> m_languages;
    std::string m_actor;
    std::optional<std::int64_t> m_session;
    std::optional<std::int64_t> m_follow_up_of;
    std::vector<BoardVisit> m_visits;
    std::vector<AlertRecord> m_alerts;
    SessionBoard m_board;
    int m_year = 0;  // of the last refresh: ages for the then-and-now lights
};

// "YYYY-MM-DD" with a real month and day.
bool valid_session_date(std::string_view date);

}  // namespace gc
