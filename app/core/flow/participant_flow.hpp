#pragma once
// One participant's walk through the kiosk, as a state machine free of UI and I/O:
//   attract → consent → card → station 1..n → summary (⇄ talk) → goodbye (→ experience) → attract
// Every screen but the attract screen has an inactivity countdown ("Bent u er nog?"). When it
// runs out, everything this participant entered is wiped from memory and the flow returns to
// the attract screen, so the next person never sees it.
#include "core/clock.hpp"
#include "core/flow/circuit.hpp"
#include "core/flow/visit_recorder.hpp"

#include <map>
#include <optional>
#include <string>

namespace gc {

// Questions is not a flow state: it is the UI's screen for a station of kind "questions"
// (the flow stays in Station). Talk: goal and offers with the professional, from the summary.
// Experience: three quick questions at the end, from the goodbye screen.
enum class FlowScreen { Attract, Consent, Card, Station, Summary, Goodbye, Questions, Talk, Experience };

struct FlowTimeouts {
    Millis idle_before_warning{std::chrono::seconds(90)};
    Millis warning_countdown{std::chrono::seconds(20)};
    Millis goodbye{std::chrono::seconds(15)};
};

// What one participant has entered so far; lives only in memory while they stand at the kiosk.
struct VisitDraft {
    std::string card_code;
    ParticipantProfile profile;
    Consents consents;
    std::map<Measure, double> values;
    std::map<std::string, std::string> answers;  // question id → option id
    bool sheet_requested = false;
    std::string goal;                        // leefstijlroer goal chosen in the talk
    std::vector<ReferralChoice> referrals;   // offers chosen in the talk
};

class ParticipantFlow {
public:
    ParticipantFlow(const Circuit& circuit, const Clock& clock, VisitRecorder& recorder,
                    FlowTimeouts timeouts = {}, std::string default_language = "nl");

    FlowScreen screen() const { return m_screen; }
    std::size_t station_index() const { return m_station; }
    const Station& current_station() const;
    const Circuit& circuit() const { return m_circuit; }
    const VisitDraft& visit() const { return m_visit; }
    const std::string& language() const { return m_language; }

    // Any tap or device reading: the participant is there.
    void touch();
    // Call regularly (each frame or timer wake-up): advances the inactivity countdown.
    void tick();
    bool warning_visible() const;
    Millis warning_left() const;       // remaining countdown while the warning is visible
    Millis next_deadline_in() const;   // how long until tick() may change something (for idling)

    // Attract
    void start(const std::string& language);
    // The language can change on any screen without losing anything (host or participant).
    void set_language(const std::string& language) { m_language = language; }
    // Consent
    void set_consents(const Consents& consents);
    void confirm_consents();
    // Card
    Outcome enter_card(const std::string& card_code);
    // Station
    Outcome enter_value(std::size_t entry_index, double value);
    Outcome answer(const std::string& question_id, const std::string& option_id);
    bool station_complete() const;  // every non-optional entry/question has a value
    void next();                    // to the next station (or summary); skipping is allowed
    void back();
    // Summary
    Outcome print_sheet();
    void finish();  // summary or goodbye → attract, wiping the participant
    // Talk (from the summary, with the professional)
    void open_talk();
    Outcome save_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals);  // → summary
    // Experience (from the goodbye screen)
    void open_experience();
    Outcome save_experience(const std::map<std::string, std::string>& answers);  // → attract

private:
    void go(FlowScreen screen);
    void wipe();

    const Circuit& m_circuit;
    const Clock& m_clock;
    VisitRecorder& m_recorder;
    FlowTimeouts m_timeouts;
    std::string m_default_language;

    FlowScreen m_screen = FlowScreen::Attract;
    std::size_t m_station = 0;
    std::string m_language;
    VisitDraft m_visit;
    Millis m_last_activity{0};
};

std::string_view flow_screen_name(FlowScreen screen);

}  // namespace gc
