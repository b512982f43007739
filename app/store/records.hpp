#pragma once
// What the store keeps, in the words of design.md. Plain structs: the UI fills them, the store
// writes them. Wall-clock times are passed in by the caller (so tests pick them); they are
// stored as milliseconds since the Unix epoch, UTC.
#include "core/measure.hpp"
#include "core/person.hpp"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gc::store {

using WallTime = std::chrono::time_point<std::chrono::system_clock, std::chrono::milliseconds>;
WallTime wall_now();  // system clock, rounded to ms

// Strongly typed row ids: a VisitId cannot be passed where a SessionId is expected.
template <class Tag>
struct Id {
    std::int64_t value{0};
    friend bool operator==(Id a, Id b) { return a.value == b.value; }
    friend bool operator!=(Id a, Id b) { return a.value != b.value; }
};
using SessionId = Id<struct SessionTag>;
using ParticipantId = Id<struct ParticipantTag>;
using VisitId = Id<struct VisitTag>;
using MeasurementId = Id<struct MeasurementTag>;
using AlertId = Id<struct AlertTag>;

enum class GroupType { Mixed, Men, Women };
std::string_view group_type_name(GroupType g);  // "mixed", "men", "women"
std::optional<GroupType> group_type_from_name(std::string_view name);

struct SessionInfo {
    std::string date;  // local date of the groepsconsult, "YYYY-MM-DD"
    std::string place;
    GroupType group_type{GroupType::Mixed};
    std::string host;  // who runs it (host name or initials)
    std::optional<SessionId> follow_up_of;  // the 6-month re-measurement of an earlier session
};

struct Session {
    SessionId id;
    SessionInfo info;
};

// Everything but the card code is optional for the participant.
struct ParticipantInfo {
    std::optional<std::string> name;
    std::optional<int> birth_year;
    std::optional<Sex> sex;
    std::optional<OriginGroup> origin;
    std::string language{"nl"};  // "nl", "en", "tr", "ar", "pl"
    std::optional<std::string> gp_practice;
};

struct Participant {
    ParticipantId id;
    std::string card_code;  // canonical form (see core/card_code.hpp)
    ParticipantInfo info;
};

struct Visit {
    VisitId id;
    SessionId session;
    ParticipantId participant;
    WallTime started;
};

// Three separate yes/no consents (design.md), with who confirmed them and when.
struct Consents {
    bool share_with_gp{false};
    bool municipality_anonymous{false};
    bool research{false};
    std::string confirmed_by;  // host who confirmed with the participant
    WallTime confirmed_at;
};

// Where a value came from: a device (with its raw frame, for traceability) or a person.
struct DeviceSource {
    std::string model;
    std::string serial;
    std::vector<std::uint8_t> raw_frame;
    std::optional<WallTime> device_time;  // the device's own clock, if it sends one
};
struct ManualSource {
    std::string entered_by;
};

struct MeasurementRecord {
    Measure measure{Measure::Systolic};
    double value{0};
    std::string unit;  // empty = measure_unit(measure)
    std::variant<DeviceSource, ManualSource> source;
    WallTime kiosk_time;  // when the kiosk accepted it
};

struct StoredMeasurement {
    MeasurementId id;
    VisitId visit;
    MeasurementRecord record;
};

struct Answer {
    std::string question_id;  // stable id from the questionnaire asset
    std::string value;        // the chosen option id or the typed number, as text
};

struct Goal {
    std::string text;  // the participant's own words, or the id of a goal chosen on screen
    WallTime at;
};

struct Referral {
    std::string offer;  // offer id from assets/offers ("walking_group", "money_desk", ...)
    std::string note;
    WallTime at;
    std::string who_calls{};       // who will call the participant (from the offer)
    bool consent_to_call{false};   // the participant said this person may call them
    std::string phone{};           // the participant's number; empty without consent
};

// One answer to the experience questions at the end of a visit. Kept per session, never per
// person: nothing links it to a participant or a visit.
struct ExperienceAnswer {
    std::string question_id;  // "clear", "welcome", "come_back"
    std::string value;        // "good", "neutral", "bad"
};

struct ExperienceCount {
    std::string question_id;
    std::string value;
    std::int64_t count{0};
};

struct FollowUp {
    std::string kind;  // "call_6_weeks", "remeasure_6_months"
    std::string due_date;  // "YYYY-MM-DD"
};

struct PrintedSheet {
    std::string language;
    std::string ruleset;  // ruleset version the assessment used
    std::string printed_by;
    WallTime at;
};

// NEN 7513-style access log. Never personal data: ids, kinds and actors only.
enum class AuditAction {
    Viewed, Printed, Exported, Erased, BackedUp, Restored, Rekeyed, Created,
    // host mode (schema 4)
    Corrected, Merged, Updated, Acknowledged,
    // schema 7: the host ended a participant's blood-pressure rest early
    SkippedRest,
};
std::string_view audit_action_name(AuditAction a);  // "viewed", "printed", ...
std::optional<AuditAction> audit_action_from_name(std::string_view name);

struct AuditEntry {
    std::string actor;        // who (host initials, "cli", "kiosk")
    AuditAction action{AuditAction::Viewed};
    std::string object_kind;  // "participant", "visit", "session", "database"
    std::int64_t object_id{0};
    WallTime at;
};

// --- host mode (schema 4) ------------------------------------------------------------------

// A participant's visit of a session with what the session board shows.
struct SessionVisit {
    Participant participant;
    Visit visit;
    std::optional<VisitId> earlier_visit;  // follow-up: the visit it is compared with
    std::vector<StoredMeasurement> measurements;  // corrected values are later rows
    std::vector<Answer> answers;  // the circuit's questions
    std::vector<Referral> referrals;   // the warm handover, in the order made
    std::vector<FollowUp> follow_ups;  // by due date
    // When the blood-pressure meter first flagged an irregular heartbeat (schema 7); a note
    // for the professional, never a diagnosis.
    std::optional<WallTime> irregular_heartbeat;
};

struct Correction {
    VisitId visit;
    Measure measure{Measure::Systolic};
    std::optional<double> old_value;  // none: the host added a missing value
    double new_value{0};
    std::optional<MeasurementId> old_measurement;
    MeasurementId new_measurement;
    std::string reason;
    std::string corrected_by;
    WallTime at;
};

struct Alert {
    AlertId id;
    VisitId visit;
    std::string light_key;  // "blood_pressure"
    std::string display;    // "200/120"
    WallTime raised;
    std::optional<std::string> acknowledged_by;
    std::optional<WallTime> acknowledged_at;
};

// --- device log (schema 8) ------------------------------------------------------------------
// What a measuring device sent (a reading, or a frame that was not stored: garbled, checksum,
// device error, implausible, control solution) with its raw bytes. Never linked to a person.
struct DeviceLogRecord {
    std::string device;  // "tanita", "omron", "contour", "scanner"
    std::string event;   // "reading" or a devices error code name ("checksum_mismatch", ...)
    std::vector<std::uint8_t> raw;
    WallTime at;
};
inline constexpr std::size_t kDeviceLogLimit = 5000;  // the store keeps the newest entries

struct Counts {
    std::int64_t participants{0};
    std::int64_t visits{0};
    std::int64_t measurements{0};
};

}  // namespace gc::store
