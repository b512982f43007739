#include "kiosk/store_visit_recorder.hpp"

#include "core/questionnaire/questionnaire.hpp"
#include "core/translatable.hpp"

#include <spdlog/spdlog.h>

#include <cstdio>
#include <ctime>

namespace gc::kiosk {
namespace {

template <class T>
Outcome failure_of(const store::Result<T>& result) {
    spdlog::error("store: {}", result.error().describe());
    return Outcome::failure(store::kind_msgid(result.error().kind).data(), result.error().describe());
}

// The circuit's own questions are one questionnaire in the store; questionnaire items
// ("findrisc.activity") are stored under their questionnaire ("findrisc", "activity").
constexpr std::string_view kCircuitQuestionnaire = "circuit";

Outcome failure_of(const store::Status& status) {
    spdlog::error("store: {}", status.error().describe());
    return Outcome::failure(store::kind_msgid(status.error().kind).data(), status.error().describe());
}

// Today (local) plus some days and months, as "YYYY-MM-DD"; mktime normalises overflow.
std::string local_date_plus(int days, int months) {
    const std::time_t now = std::time(nullptr);
    std::tm t{};
    localtime_r(&now, &t);
    t.tm_mday += days;
    t.tm_mon += months;
    t.tm_hour = 12;  // away from daylight-saving edges
    std::mktime(&t);
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", t.tm_year + 1900, t.tm_mon + 1, t.tm_mday);
    return text;
}

}  // namespace

StoreVisitRecorder::StoreVisitRecorder(store::Store& store, store::SessionId session, SheetRequest print)
    : m_store(store), m_session(session), m_print(std::move(print)) {}

Outcome StoreVisitRecorder::begin_visit(const std::string& card_code, const std::string& language,
                                        const Consents& consents, ParticipantProfile& profile) {
    auto participant = m_store.find_participant(card_code);
    if (!participant) {
        if (participant.error().kind == store::ErrorKind::NotFound) {
            return Outcome::failure(N_("Deze kaart kennen we niet. Vraag de gastvrouw om hulp."), "unknown card");
        }
        return failure_of(participant);
    }
    // The host may have registered the arrival already (host mode): the same visit goes on.
    auto visit = m_store.arrive(m_session, participant.value().id, std::nullopt, "kiosk", store::wall_now());
    if (!visit) return failure_of(visit);
    store::Consents stored{consents.share_with_gp, consents.municipality, consents.research, "participant",
                           store::wall_now()};
    if (auto s = m_store.record_consents(visit.value(), stored); !s) return failure_of(s);
    m_visit = visit.value();
    m_language = language;
    m_answers.clear();
    const auto& info = participant.value().info;
    profile.sex = info.sex;
    profile.birth_year = info.birth_year;
    profile.origin = info.origin.value_or(OriginGroup::Unknown);
    profile.previous_height = previous_height(participant.value().id, m_visit->value);
    spdlog::info("visit {} started", m_visit->value);
    return Outcome::success();
}

// The length measured at the participant's latest earlier visit (adults: it does not change).
std::optional<double> StoreVisitRecorder::previous_height(store::ParticipantId participant, std::int64_t current_visit) {
    auto visits = m_store.visits_of(participant);
    if (!visits) return std::nullopt;
    std::optional<double> height;
    store::WallTime latest{};
    for (const auto& v : visits.value()) {
        if (v.id.value == current_visit) continue;
        auto measured = m_store.measurements_of(v.id);
        if (!measured) continue;
        for (const auto& m : measured.value()) {
            if (m.record.measure != Measure::Height || (height && m.record.kiosk_time < latest)) continue;
            height = m.record.value;
            latest = m.record.kiosk_time;
        }
    }
    return height;
}

Outcome StoreVisitRecorder::record_measurement(Measure measure, double value) {
    return store(measure, value, store::ManualSource{"participant"});
}

Outcome StoreVisitRecorder::record_device_measurement(Measure measure, double value, const MeasurementOrigin& origin) {
    return store(measure, value, store::DeviceSource{origin.model, origin.serial, origin.raw, std::nullopt});
}

Outcome StoreVisitRecorder::store(Measure measure, double value,
                                  std::variant<store::DeviceSource, store::ManualSource> source) {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    store::MeasurementRecord record;
    record.measure = measure;
    record.value = value;
    record.source = std::move(source);
    record.kiosk_time = store::wall_now();
    auto stored = m_store.record_measurement(*m_visit, record);
    if (!stored) return failure_of(stored);
    spdlog::info("visit {}: {} stored", m_visit->value, measure_name(measure));
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_irregular_heartbeat() {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    if (auto s = m_store.record_irregular_heartbeat(*m_visit, store::wall_now()); !s) return failure_of(s);
    spdlog::info("visit {}: irregular heartbeat flag noted for the host", m_visit->value);
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_answer(const std::string& question_id, const std::string& option_id) {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    const auto parts = split_item_id(question_id);
    const std::string questionnaire = parts ? parts->first : std::string(kCircuitQuestionnaire);
    const std::string item = parts ? parts->second : question_id;
    std::vector<store::Answer> answers = m_answers[questionnaire];
    bool replaced = false;
    for (auto& a : answers) {
        if (a.question_id == item) {
            a.value = option_id;
            replaced = true;
        }
    }
    if (!replaced) answers.push_back({item, option_id});
    if (auto s = m_store.record_answers(*m_visit, questionnaire, answers); !s) return failure_of(s);
    m_answers[questionnaire] = std::move(answers);
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals) {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    const store::VisitId visit = *m_visit;
    const auto at = store::wall_now();
    auto status = m_store.in_one_transaction([&]() -> store::Status {
        if (auto s = m_store.record_goal(visit, goal, at); !s) return s;
        for (const auto& r : referrals) {
            store::Referral referral{r.offer, "", at};
            referral.who_calls = r.who_calls;
            referral.consent_to_call = r.consent_to_call;
            referral.phone = r.phone;
            if (auto s = m_store.record_referral(visit, referral); !s) return s;
        }
        if (auto s = m_store.schedule_follow_up(visit, {"call_6_weeks", local_date_plus(42, 0)}); !s) return s;
        return m_store.schedule_follow_up(visit, {"remeasure_6_months", local_date_plus(0, 6)});
    });
    if (!status) return failure_of(status);
    spdlog::info("visit {}: goal and {} referral(s) stored", visit.value, referrals.size());
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_experience(const std::map<std::string, std::string>& answers) {
    std::vector<store::ExperienceAnswer> rows;
    for (const auto& [question, value] : answers) rows.push_back({question, value});
    if (auto s = m_store.record_experience(m_session, rows); !s) return failure_of(s);
    spdlog::info("experience answers stored for the session");
    return Outcome::success();
}

Outcome StoreVisitRecorder::request_sheet() {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    return m_print(*m_visit, m_language);
}

Outcome StoreVisitRecorder::resume_visit(const std::string& card_code, std::string& language,
                                         ParticipantProfile& profile, std::map<Measure, double>& values) {
    auto participant = m_store.find_participant(card_code);
    if (!participant) return failure_of(participant);
    auto visit = m_store.arrive(m_session, participant.value().id, std::nullopt, "host", store::wall_now());
    if (!visit) return failure_of(visit);
    auto stored = m_store.measurements_of(visit.value());
    if (!stored) return failure_of(stored);
    auto answers = m_store.answers_of(visit.value(), kCircuitQuestionnaire);
    if (!answers) return failure_of(answers);
    const auto& info = participant.value().info;
    profile.sex = info.sex;
    profile.birth_year = info.birth_year;
    profile.origin = info.origin.value_or(OriginGroup::Unknown);
    language = info.language;
    for (const auto& m : stored.value()) values[m.record.measure] = m.record.value;
    m_visit = visit.value();
    m_language = language;
    m_answers.clear();
    m_answers[std::string(kCircuitQuestionnaire)] = std::move(answers.value());
    spdlog::info("visit {} opened by the host", m_visit->value);
    return Outcome::success();
}

void StoreVisitRecorder::end_visit() {
    if (m_visit) spdlog::info("visit {} closed at the kiosk", m_visit->value);
    m_visit.reset();
    m_answers.clear();
}

}  // namespace gc::kiosk
