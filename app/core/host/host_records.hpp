#pragma once
// What host mode needs from storage, as an interface: the kiosk implements it with the
// encrypted store (every call one transaction with its audit entry), the core tests with an
// in-memory double. Ids are the store's row ids. Failures carry a Dutch msgid for the host.
#include "core/flow/visit_recorder.hpp"
#include "core/measure.hpp"
#include "core/person.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc {

enum class HostGroup { Mixed, Men, Women };

struct SessionPlan {
    std::string date;  // "YYYY-MM-DD"
    std::string place;
    HostGroup group = HostGroup::Mixed;
    std::string host;
    std::optional<std::int64_t> follow_up_of;  // the earlier session this one re-measures
};

struct SessionSummary {
    std::int64_t id = 0;
    SessionPlan plan;
};

// What the host types at registration; everything but the language is optional.
struct ArrivalForm {
    std::optional<std::string> name;
    std::optional<int> birth_year;
    std::optional<Sex> sex;
    std::optional<OriginGroup> origin;
    std::string language = "nl";
    std::optional<std::string> gp_practice;
};

struct Arrival {
    std::int64_t participant = 0;
    std::int64_t visit = 0;
    std::string card_code;  // canonical
    std::optional<std::int64_t> earlier_visit;  // follow-up: the visit it is compared with
};

// A neighbourhood offer the participant was referred to in the talk (the warm handover).
struct BoardReferral {
    std::string offer;      // offer id (assets/offers); the UI shows the offer's name
    std::string who_calls;  // who will call the participant
    bool consent_to_call = false;
};

// A follow-up planned in the talk: kind "call_6_weeks" or "remeasure_6_months".
struct BoardFollowUp {
    std::string kind;
    std::string due_date;  // "YYYY-MM-DD"
};

// One participant's visit of a session as the board needs it.
struct BoardVisit {
    std::int64_t participant = 0;
    std::int64_t visit = 0;
    std::string card_code;
    std::optional<std::string> name;
    std::string language = "nl";
    ParticipantProfile profile;
    std::map<Measure, double> values;  // latest value per measure
    std::map<std::string, std::string> answers;  // question id -> option id
    std::optional<std::int64_t> earlier_visit;
    // Follow-up: what the earlier visit held (latest value per measure, circuit answers).
    std::map<Measure, double> earlier_values;
    std::map<std::string, std::string> earlier_answers;
    std::vector<BoardReferral> referrals;
    std::vector<BoardFollowUp> follow_ups;  // by due date
    bool irregular_heartbeat = false;  // the blood-pressure meter flagged it: a note, no diagnosis
};

struct AlertRecord {
    std::int64_t id = 0;
    std::int64_t visit = 0;
    std::string key;      // light key, "blood_pressure"
    std::string display;  // the value that raised it, "200/120"
    bool acknowledged = false;
    std::string acknowledged_by;
};

struct CorrectionRecord {
    std::int64_t visit = 0;
    Measure measure = Measure::Systolic;
    std::optional<double> old_value;  // none: the value was missing and is added by the host
    double new_value = 0;
    std::string reason;
    std::string by;
};

class HostRecords {
public:
    virtual ~HostRecords() = default;
    virtual Outcome start_session(const SessionPlan& plan, std::int64_t& id) = 0;
    virtual Outcome sessions(std::vector<SessionSummary>& out) = 0;  // newest first
    // A new participant with a fresh card code, and their visit of `session`.
    virtual Outcome register_arrival(std::int64_t session, const ArrivalForm& form, const std::string& by,
                                     Arrival& out) = 0;
    // An already registered participant (by card) arrives: their visit of `session`, made if
    // missing, linked to `earlier_visit` when given.
    virtual Outcome arrive_by_card(std::int64_t session, const std::string& card_code,
                                   std::optional<std::int64_t> earlier_session, const std::string& by, Arrival& out) = 0;
    virtual Outcome correct(const CorrectionRecord& correction) = 0;  // keeps the old value
    virtual Outcome corrections_of(std::int64_t visit, std::vector<CorrectionRecord>& out) = 0;
    virtual Outcome merge(std::int64_t duplicate, std::int64_t keep, const std::string& by) = 0;
    virtual Outcome set_language(std::int64_t participant, const std::string& language, const std::string& by) = 0;
    virtual Outcome raise_alert(std::int64_t visit, const std::string& key, const std::string& display) = 0;
    virtual Outcome acknowledge(std::int64_t alert, const std::string& by) = 0;
    virtual Outcome board(std::int64_t session, std::vector<BoardVisit>& visits, std::vector<AlertRecord>& alerts) = 0;
    // The host ended a participant's blood-pressure rest early: the audit entry.
    virtual Outcome rest_skipped(std::int64_t visit, const std::string& by) = 0;
};

}  // namespace gc
