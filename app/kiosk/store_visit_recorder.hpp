#pragma once
// The participant flow's recorder backed by the encrypted store: each confirmed value is one
// committed transaction before the screen says it was saved.
#include "core/flow/visit_recorder.hpp"
#include "store/store.hpp"

#include <functional>
#include <map>
#include <optional>

namespace gc::kiosk {

class StoreVisitRecorder final : public VisitRecorder {
public:
    using SheetRequest = std::function<Outcome(store::VisitId, const std::string& language)>;

    StoreVisitRecorder(store::Store& store, store::SessionId session, SheetRequest print);
    // The host started another session (host mode): visits from now on belong to it.
    void set_session(store::SessionId session) { m_session = session; }

    Outcome begin_visit(const std::string& card_code, const std::string& language, const Consents& consents,
                        ParticipantProfile& profile) override;
    Outcome record_measurement(Measure measure, double value) override;
    Outcome record_device_measurement(Measure measure, double value, const MeasurementOrigin& origin) override;
    Outcome record_irregular_heartbeat() override;
    Outcome record_answer(const std::string& question_id, const std::string& option_id) override;
    Outcome request_sheet() override;
    void end_visit() override;
    Outcome resume_visit(const std::string& card_code, std::string& language, ParticipantProfile& profile,
                         std::map<Measure, double>& values) override;
    // Goal, referrals and the follow-ups (call in 6 weeks, return in 6 months from today).
    Outcome record_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals) override;
    // Stored with the session only (never the visit or the participant).
    Outcome record_experience(const std::map<std::string, std::string>& answers) override;
    std::optional<store::VisitId> open_visit() const { return m_visit; }
    store::SessionId session() const { return m_session; }

private:
    std::optional<double> previous_height(store::ParticipantId participant, std::int64_t current_visit);
    Outcome store(Measure measure, double value, std::variant<store::DeviceSource, store::ManualSource> source);
    store::Store& m_store;
    store::SessionId m_session;
    SheetRequest m_print;
    std::optional<store::VisitId> m_visit;
    std::string m_language;
    // Answers so far, by questionnaire ("circuit" for the station's own questions).
    std::map<std::string, std::vector<store::Answer>> m_answers;
};

}  // namespace gc::kiosk
