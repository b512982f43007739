#pragma once
// What the flow needs from storage and printing. The kiosk implements it with the encrypted
// store; tests with a small in-memory double. A value counts as saved only when the recorder
// returned ok (i.e. the transaction committed).
#include "core/measure.hpp"
#include "core/person.hpp"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc {

struct Consents {
    bool share_with_gp = false;   // the participant's own huisarts gets the results
    bool municipality = false;    // anonymous group figures for the gemeente
    bool research = false;        // pseudonymised research dataset
};

// What registration told us about the participant; the rules need it for the right cut-offs.
struct ParticipantProfile {
    std::optional<Sex> sex;
    std::optional<int> birth_year;
    OriginGroup origin = OriginGroup::Unknown;
    std::optional<double> previous_height;  // cm, from an earlier visit: confirmed, not re-measured
};

struct Outcome {
    bool ok = true;
    const char* message = nullptr;  // Dutch msgid for the participant when !ok
    std::string detail;             // for the log (never personal data)

    static Outcome success() { return {}; }
    static Outcome failure(const char* msgid, std::string why) { return {false, msgid, std::move(why)}; }
};

// Where a value came from when a device sent it: kept with the stored measurement.
struct MeasurementOrigin {
    std::string model;
    std::string serial;
    std::vector<std::uint8_t> raw;  // the frame exactly as received
};

// One neighbourhood offer chosen in the talk with the professional (the warm handover).
struct ReferralChoice {
    std::string offer;      // offer id (assets/offers)
    std::string who_calls;  // the offer's contact person
    bool consent_to_call = false;
    std::string phone;      // only with consent
};

class VisitRecorder {
public:
    virtual ~VisitRecorder() = default;
    // The card code identifies the participant (registered by the host); unknown → failure.
    // Fills `profile` from the registration.
    virtual Outcome begin_visit(const std::string& card_code, const std::string& language,
                                const Consents& consents, ParticipantProfile& profile) = 0;
    virtual Outcome record_measurement(Measure measure, double value) = 0;
    // A value a device sent; recorders that keep no device details store it like a typed one.
    virtual Outcome record_device_measurement(Measure measure, double value, const MeasurementOrigin& origin) {
        (void)origin;
        return record_measurement(measure, value);
    }
    // The blood-pressure meter flagged an irregular heartbeat in a reading of this visit: a
    // note for the professional (never a diagnosis). Recorders that keep no notes ignore it.
    virtual Outcome record_irregular_heartbeat() { return Outcome::success(); }
    virtual Outcome record_answer(const std::string& question_id, const std::string& option_id) = 0;
    virtual Outcome request_sheet() = 0;  // print the results sheet; never blocks the participant
    virtual void end_visit() = 0;         // forget the open visit (data stays stored)
    // Host mode opens a registered participant at a station (scanned card): their stored
    // language, profile and values come back; consents stay as they were given.
    virtual Outcome resume_visit(const std::string& card_code, std::string& language, ParticipantProfile& profile,
                                 std::map<Measure, double>& values) {
        (void)card_code, (void)language, (void)profile, (void)values;
        return Outcome::failure("Dit kan nu niet.", "this recorder cannot resume a visit");
    }
    // The talk: the goal on the leefstijlroer, the chosen offers, and the follow-ups (6-week
    // call, 6-month return) scheduled from today. One transaction.
    virtual Outcome record_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals) {
        (void)goal;
        (void)referrals;
        return Outcome::failure("Dit kan nu niet.", "this recorder keeps no talk");
    }
    // The experience questions (question id → answer id), stored per session, not per person.
    virtual Outcome record_experience(const std::map<std::string, std::string>& answers) {
        (void)answers;
        return Outcome::failure("Dit kan nu niet.", "this recorder keeps no experience answers");
    }
};

}  // namespace gc
