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

Millis ParticipantFlow::last_activity() const {
    // Someone resting for their blood pressure is there: the countdown on screen is activity.
    if (m_screen == FlowScreen::Station && m_bp && !m_bp->result()) return std::max(m_last_activity, m_bp->ready_at());
    return m_last_activity;
}

bool ParticipantFlow::warning_visible() const {
    if (m_screen == FlowScreen::Attract || m_screen == FlowScreen::Goodbye) return false;
    return m_clock.now() - last_activity() >= m_timeouts.idle_before_warning;
}

Millis ParticipantFlow::warning_left() const {
    const Millis end = last_activity() + m_timeouts.idle_before_warning + m_timeouts.warning_countdown;
    return std::max(Millis{0}, end - m_clock.now());
}

Millis ParticipantFlow::next_deadline_in() const {
    const Millis idle = m_clock.now() - last_activity();
    switch (m_screen) {
        case FlowScreen::Attract:
            return Millis::max();
        case FlowScreen::Goodbye:
            return std::max(Millis{0}, m_timeouts.goodbye - idle);
        default:
            break;
    }
    // While the warning or a rest countdown shows, it changes every second on screen.
    if (idle < Millis{0}) return Millis{1000};
    if (idle >= m_timeouts.idle_before_warning) return std::min(Millis{1000}, warning_left());
    return m_timeouts.idle_before_warning - idle;
}

void ParticipantFlow::tick() {
    const Millis idle = m_clock.now() - last_activity();
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
    if (screen == FlowScreen::Station) enter_station();
}

void ParticipantFlow::enter_station() {
    m_bp.reset();
    m_repeat.reset();
    m_device_problem = nullptr;
    const Station& station = current_station();
    const bool measured = std::all_of(station.entries.begin(), station.entries.end(), [&](const StationEntry& e) {
        return e.optional || m_visit.values.count(e.measure) > 0;
    });
    if (measured) return;  // back at a station already done: its values stand
    if (station.protocol.kind == ProtocolKind::BloodPressure) m_bp.emplace(station.protocol.blood_pressure, m_clock);
    if (station.protocol.kind == ProtocolKind::Waist) m_repeat.emplace(station.protocol.repeat);
}

void ParticipantFlow::wipe() {
    m_recorder.end_visit();
    m_visit = VisitDraft{};
    m_bp.reset();
    m_repeat.reset();
    m_device_problem = nullptr;
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

Outcome ParticipantFlow::store_value(const StationEntry& entry, double value, const MeasurementOrigin* origin) {
    if (value < entry.min || value > entry.max) {
        return Outcome::failure(N_("Dit getal klopt niet. Meet opnieuw of vraag hulp."), "value outside entry range");
    }
    Outcome outcome = origin ? m_recorder.record_device_measurement(entry.measure, value, *origin)
                             : m_recorder.record_measurement(entry.measure, value);
    if (outcome.ok) {
        m_visit.values[entry.measure] = value;
        m_device_problem = nullptr;
    }
    return outcome;
}

Outcome ParticipantFlow::open_at(const std::string& card_code, std::size_t station) {
    wipe();
    go(FlowScreen::Attract);
    std::string language = m_default_language;
    Outcome outcome = m_recorder.resume_visit(card_code, language, m_visit.profile, m_visit.values);
    if (!outcome.ok) return outcome;
    m_visit.card_code = card_code;
    m_language = language;
    m_station = std::min(station, m_circuit.stations.size() - 1);
    go(FlowScreen::Station);
    return outcome;
}

Outcome ParticipantFlow::enter_value(std::size_t entry_index, double value) {
    touch();
    if (m_screen != FlowScreen::Station) return Outcome::failure(N_("Dit kan nu niet."), "value outside station");
    const Station& station = current_station();
    if (entry_index >= station.entries.size()) return Outcome::failure(N_("Dit kan nu niet."), "no such entry");
    const StationEntry& entry = station.entries[entry_index];
    if (m_bp) return Outcome::failure(N_("Dit kan nu niet."), "blood pressure goes by readings");
    if (m_repeat && entry_index == 0) {
        // Each entry is checked on its own; the mean of the closest two is what is stored.
        if (value < entry.min || value > entry.max) return store_value(entry, value, nullptr);
        m_repeat->add(value);
        if (auto mean = m_repeat->result()) {
            Outcome outcome = store_value(entry, *mean, nullptr);
            if (outcome.ok) m_repeat.reset();
            return outcome;
        }
        return Outcome::success();
    }
    return store_value(entry, value, nullptr);
}

std::optional<double> ParticipantFlow::height_to_confirm() const {
    if (m_screen != FlowScreen::Station || !m_visit.profile.previous_height) return std::nullopt;
    if (m_visit.values.count(Measure::Height)) return std::nullopt;
    const auto& entries = current_station().entries;
    const bool asked_here = std::any_of(entries.begin(), entries.end(), [](const StationEntry& e) { return e.measure == Measure::Height; });
    return asked_here ? m_visit.profile.previous_height : std::nullopt;
}

Outcome ParticipantFlow::confirm_previous_height() {
    touch();
    auto height = height_to_confirm();
    if (!height) return Outcome::failure(N_("Dit kan nu niet."), "no height to confirm");
    for (const StationEntry& e : current_station().entries)
        if (e.measure == Measure::Height) return store_value(e, *height, nullptr);
    return Outcome::failure(N_("Dit kan nu niet."), "no height entry");
}

std::optional<ScalePersonalData> ParticipantFlow::scale_personal_data(int year) const {
    if (m_screen != FlowScreen::Station) return std::nullopt;
    const StationProtocol& protocol = current_station().protocol;
    if (protocol.kind != ProtocolKind::Weight || !protocol.weight.scale_pc_mode) return std::nullopt;
    auto height = m_visit.values.find(Measure::Height);
    if (!m_visit.profile.sex || !m_visit.profile.birth_year || height == m_visit.values.end()) return std::nullopt;
    return ScalePersonalData{*m_visit.profile.sex, year - *m_visit.profile.birth_year, height->second};
}

void ParticipantFlow::host_skip_rest() {
    if (m_bp) m_bp->host_skip_rest();
}

Outcome ParticipantFlow::enter_bp_reading(const BpReading& reading, const MeasurementOrigin* origin) {
    touch();
    if (m_screen != FlowScreen::Station || !m_bp) return Outcome::failure(N_("Dit kan nu niet."), "no blood pressure protocol here");
    const Station& station = current_station();
    for (const StationEntry& e : station.entries) {
        const double v = e.measure == Measure::Systolic    ? reading.systolic
                         : e.measure == Measure::Diastolic ? reading.diastolic
                         : reading.pulse.value_or(e.min);
        if (v < e.min || v > e.max) {
            return Outcome::failure(N_("Dit getal klopt niet. Meet opnieuw of vraag hulp."), "reading outside entry range");
        }
    }
    switch (m_bp->add(reading)) {
        case BloodPressureGuide::Added::TooEarly:
            return Outcome::failure(N_("Wacht nog even. Meet als de klok op nul staat."), "reading during rest or pause");
        case BloodPressureGuide::Added::AlreadyDone:
            return Outcome::failure(N_("Dit kan nu niet."), "blood pressure already done");
        case BloodPressureGuide::Added::Accepted:
            break;
    }
    m_device_problem = nullptr;
    // The first flagged reading is noted for the host; when storing fails, the next flag tries again.
    if (reading.irregular && !m_visit.irregular_heartbeat) m_visit.irregular_heartbeat = m_recorder.record_irregular_heartbeat().ok;
    auto mean = m_bp->result();
    if (!mean) return Outcome::success();
    for (const StationEntry& e : station.entries) {
        std::optional<double> v = e.measure == Measure::Systolic    ? std::optional<double>(mean->systolic)
                                  : e.measure == Measure::Diastolic ? std::optional<double>(mean->diastolic)
                                  : mean->pulse;
        if (!v) continue;
        Outcome outcome = store_value(e, *v, origin);
        if (!outcome.ok) return outcome;
    }
    return Outcome::success();
}

Outcome ParticipantFlow::enter_device_values(const std::vector<std::pair<Measure, double>>& values, bool irregular,
                                             const MeasurementOrigin& origin) {
    touch();
    if (m_screen != FlowScreen::Station) return Outcome::failure(N_("Dit kan nu niet."), "reading outside station");
    auto find = [&](Measure m) -> std::optional<double> {
        for (const auto& [measure, value] : values)
            if (measure == m) return value;
        return std::nullopt;
    };
    if (m_bp) {
        auto systolic = find(Measure::Systolic);
        auto diastolic = find(Measure::Diastolic);
        if (!systolic || !diastolic) return Outcome::failure(N_("Dit kan nu niet."), "not a blood pressure reading");
        return enter_bp_reading({*systolic, *diastolic, find(Measure::Pulse), irregular}, &origin);
    }
    const Station& station = current_station();
    bool any = false;
    for (const StationEntry& e : station.entries) {
        auto v = find(e.measure);
        if (!v) continue;
        if (e.measure == Measure::Weight && station.protocol.kind == ProtocolKind::Weight) {
            v = weight_without_clothes(*v, station.protocol.weight);
        }
        Outcome outcome = store_value(e, *v, &origin);
        if (!outcome.ok) return outcome;
        any = true;
    }
    if (!any) return Outcome::failure(N_("Dit kan nu niet."), "reading for another station");
    return Outcome::success();
}

void ParticipantFlow::report_device_problem(const char* msgid) {
    touch();
    if (m_screen == FlowScreen::Station) m_device_problem = msgid;
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
    if (outcome.ok) {
        m_visit.answers[question_id] = option_id;
        const StationProtocol& protocol = current_station().protocol;
        if (protocol.kind == ProtocolKind::Glucose && protocol.glucose.question == question_id) {
            m_visit.fasting = fasting_from_answer(protocol.glucose, option_id);
        }
    }
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
