#include "core/flow/participant_flow.hpp"

#include "core/translatable.hpp"

#include <algorithm>

namespace gc {

ParticipantFlow::ParticipantFlow(const Circuit& circuit, const Clock& clock, VisitRecorder& recorder,
                                 FlowTimeouts timeouts, std::string default_language)
    : m_circuit(circuit),
      m_clock(clock),
      m_recorder(recorder),
      m_timeouts(timeouts),
      m_default_language(std::move(default_language)),
      m_language(m_default_language),
      m_last_activity(clock.now()) {}

const Station& ParticipantFlow::current_station() const { return m_circuit.stations.at(m_station); }

void ParticipantFlow::touch() { m_last_activity = m_clock.now(); }

bool ParticipantFlow::warning_visible() const {
    if (m_screen == FlowScreen::Attract || m_screen == FlowScreen::Goodbye) return false;
    return m_clock.now() - m_last_activity >= m_timeouts.idle_before_warning;
}

Millis ParticipantFlow::warning_left() const {
    const Millis end = m_last_activity + m_timeouts.idle_before_warning + m_timeouts.warning_countdown;
    return std::max(Millis{0}, end - m_clock.now());
}

Millis ParticipantFlow::next_deadline_in() const {
    const Millis idle = m_clock.now() - m_last_activity;
    switch (m_screen) {
        case FlowScreen::Attract:
            return Millis::max();
        case FlowScreen::Goodbye:
            return std::max(Millis{0}, m_timeouts.goodbye - idle);
        default:
            break;
    }
    // While the warning shows, the countdown changes every second on screen.
    if (idle >= m_timeouts.idle_before_warning) return std::min(Millis{1000}, warning_left());
    return m_timeouts.idle_before_warning - idle;
}

void ParticipantFlow::tick() {
    const Millis idle = m_clock.now() - m_last_activity;
    if (m_screen == FlowScreen::Goodbye && idle >= m_timeouts.goodbye) {
        finish();
    } else if (m_screen != FlowScreen::Attract &&
               idle >= m_timeouts.idle_before_warning + m_timeouts.warning_countdown) {
        finish();
    }
}

void ParticipantFlow::go(FlowScreen screen) {
    m_screen = screen;
    touch();
}

void ParticipantFlow::wipe() {
    m_recorder.end_visit();
    m_visit = VisitDraft{};
    m_station = 0;
    m_language = m_default_language;
}

void ParticipantFlow::start(const std::string& language) {
    wipe();
    m_language = language;
    go(FlowScreen::Consent);
}

void ParticipantFlow::set_consents(const Consents& consents) {
    m_visit.consents = consents;
    touch();
}

void ParticipantFlow::confirm_consents() {
    if (m_screen == FlowScreen::Consent) go(FlowScreen::Card);
}

Outcome ParticipantFlow::enter_card(const std::string& card_code) {
    touch();
    if (m_screen != FlowScreen::Card) return Outcome::failure(N_("Dit kan nu niet."), "card outside card screen");
    Outcome outcome = m_recorder.begin_visit(card_code, m_language, m_visit.consents, m_visit.profile);
    if (!outcome.ok) return outcome;
    m_visit.card_code = card_code;
    m_station = 0;
    go(FlowScreen::Station);
    return outcome;
}

Outcome ParticipantFlow::enter_value(std::size_t entry_index, double value) {
    touch();
    if (m_screen != FlowScreen::Station) return Outcome::failure(N_("Dit kan nu niet."), "value outside station");
    const Station& station = current_station();
    if (entry_index >= station.entries.size()) return Outcome::failure(N_("Dit kan nu niet."), "no such entry");
    const StationEntry& entry = station.entries[entry_index];
    if (value < entry.min || value > entry.max) {
        return Outcome::failure(N_("Dit getal klopt niet. Meet opnieuw of vraag hulp."), "value outside entry range");
    }
    Outcome outcome = m_recorder.record_measurement(entry.measure, value);
    if (outcome.ok) m_visit.values[entry.measure] = value;
    return outcome;
}

Outcome ParticipantFlow::answer(const std::string& question_id, const std::string& option_id) {
    touch();
    if (m_screen != FlowScreen::Station) return Outcome::failure(N_("Dit kan nu niet."), "answer outside station");
    const auto& questions = current_station().questions;
    auto q = std::find_if(questions.begin(), questions.end(), [&](const Question& x) { return x.id == question_id; });
    if (q == questions.end()) return Outcome::failure(N_("Dit kan nu niet."), "no such question");
    const bool known_option = std::any_of(q->options.begin(), q->options.end(),
                                          [&](const AnswerOption& o) { return o.id == option_id; });
    if (!known_option) return Outcome::failure(N_("Dit kan nu niet."), "no such option");
    Outcome outcome = m_recorder.record_answer(question_id, option_id);
    if (outcome.ok) m_visit.answers[question_id] = option_id;
    return outcome;
}

bool ParticipantFlow::station_complete() const {
    if (m_screen != FlowScreen::Station) return false;
    const Station& station = current_station();
    const bool entries_done = std::all_of(station.entries.begin(), station.entries.end(), [&](const StationEntry& e) {
        return e.optional || m_visit.values.count(e.measure) > 0;
    });
    const bool questions_done = std::all_of(station.questions.begin(), station.questions.end(),
                                            [&](const Question& q) { return m_visit.answers.count(q.id) > 0; });
    return entries_done && questions_done;
}

void ParticipantFlow::next() {
    if (m_screen != FlowScreen::Station) return;
    if (m_station + 1 < m_circuit.stations.size()) {
        ++m_station;
        go(FlowScreen::Station);
    } else {
        go(FlowScreen::Summary);
    }
}

void ParticipantFlow::back() {
    switch (m_screen) {
        case FlowScreen::Consent:
            finish();
            break;
        case FlowScreen::Card:
            go(FlowScreen::Consent);
            break;
        case FlowScreen::Station:
            // The visit is open once the card was accepted; going back stays within the visit.
            if (m_station > 0) {
                --m_station;
                go(FlowScreen::Station);
            } else {
                touch();
            }
            break;
        case FlowScreen::Summary:
            m_station = m_circuit.stations.size() - 1;
            go(FlowScreen::Station);
            break;
        case FlowScreen::Talk:
            go(FlowScreen::Summary);
            break;
        case FlowScreen::Experience:
            go(FlowScreen::Goodbye);
            break;
        default:
            break;
    }
}

Outcome ParticipantFlow::print_sheet() {
    touch();
    if (m_screen != FlowScreen::Summary) return Outcome::failure(N_("Dit kan nu niet."), "print outside summary");
    Outcome outcome = m_recorder.request_sheet();
    // The participant is never blocked by the printer: the host sees printer problems and
    // reprints; the participant goes on to the goodbye screen either way.
    m_visit.sheet_requested = outcome.ok;
    go(FlowScreen::Goodbye);
    return outcome;
}

void ParticipantFlow::finish() {
    wipe();
    go(FlowScreen::Attract);
}

void ParticipantFlow::open_talk() {
    if (m_screen == FlowScreen::Summary) go(FlowScreen::Talk);
}

Outcome ParticipantFlow::save_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals) {
    touch();
    if (m_screen != FlowScreen::Talk) return Outcome::failure(N_("Dit kan nu niet."), "talk outside talk screen");
    for (const auto& r : referrals) {
        if (r.consent_to_call && r.phone.size() < 10) {
            return Outcome::failure(N_("Dit telefoonnummer is te kort."), "phone number too short");
        }
    }
    Outcome outcome = m_recorder.record_talk(goal, referrals);
    if (!outcome.ok) return outcome;
    m_visit.goal = goal;
    m_visit.referrals = referrals;
    go(FlowScreen::Summary);
    return outcome;
}

void ParticipantFlow::open_experience() {
    if (m_screen == FlowScreen::Goodbye) go(FlowScreen::Experience);
}

Outcome ParticipantFlow::save_experience(const std::map<std::string, std::string>& answers) {
    touch();
    if (m_screen != FlowScreen::Experience) {
        return Outcome::failure(N_("Dit kan nu niet."), "experience outside experience screen");
    }
    Outcome outcome = m_recorder.record_experience(answers);
    if (outcome.ok) finish();
    return outcome;
}

std::string_view flow_screen_name(FlowScreen screen) {
    switch (screen) {
        case FlowScreen::Attract: return "attract";
        case FlowScreen::Consent: return "consent";
        case FlowScreen::Card: return "card";
        case FlowScreen::Station: return "station";
        case FlowScreen::Summary: return "summary";
        case FlowScreen::Goodbye: return "goodbye";
        case FlowScreen::Questions: return "questions";
        case FlowScreen::Talk: return "talk";
        case FlowScreen::Experience: return "experience";
    }
    return "unknown";
}

}  // namespace gc
