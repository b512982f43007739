#include "kiosk/store_visit_recorder.hpp"

#include "core/translatable.hpp"

#include <spdlog/spdlog.h>

namespace gc::kiosk {
namespace {

template <class T>
Outcome failure_of(const store::Result<T>& result) {
    spdlog::error("store: {}", result.error().describe());
    return Outcome::failure(store::kind_msgid(result.error().kind).data(), result.error().describe());
}

// Answers of the circuit's question station are one questionnaire in the store.
constexpr std::string_view kCircuitQuestionnaire = "circuit";

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
    spdlog::info("visit {} started", m_visit->value);
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_measurement(Measure measure, double value) {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    store::MeasurementRecord record;
    record.measure = measure;
    record.value = value;
    record.source = store::ManualSource{"participant"};
    record.kiosk_time = store::wall_now();
    auto stored = m_store.record_measurement(*m_visit, record);
    if (!stored) return failure_of(stored);
    spdlog::info("visit {}: {} stored", m_visit->value, measure_name(measure));
    return Outcome::success();
}

Outcome StoreVisitRecorder::record_answer(const std::string& question_id, const std::string& option_id) {
    if (!m_visit) return Outcome::failure(N_("Dit kan nu niet."), "no open visit");
    std::vector<store::Answer> answers = m_answers;
    bool replaced = false;
    for (auto& a : answers) {
        if (a.question_id == question_id) {
            a.value = option_id;
            replaced = true;
        }
    }
    if (!replaced) answers.push_back({question_id, option_id});
    if (auto s = m_store.record_answers(*m_visit, kCircuitQuestionnaire, answers); !s) return failure_of(s);
    m_answers = std::move(answers);
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
    m_answers = std::move(answers.value());
    spdlog::info("visit {} opened by the host", m_visit->value);
    return Outcome::success();
}

void StoreVisitRecorder::end_visit() {
    if (m_visit) spdlog::info("visit {} closed at the kiosk", m_visit->value);
    m_visit.reset();
    m_answers.clear();
}

}  // namespace gc::kiosk
