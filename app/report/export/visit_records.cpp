#include "report/export/visit_records.hpp"

#include <charconv>

namespace gc::exports {

std::optional<double> VisitRecord::latest(Measure m) const {
    std::optional<double> value;
    for (const auto& stored : measurements) {
        if (stored.record.measure == m) value = stored.record.value;
    }
    return value;
}

std::optional<int> VisitRecord::age() const {
    if (!participant.info.birth_year || session.info.date.size() < 4) return std::nullopt;
    int year = 0;
    const char* first = session.info.date.data();
    if (std::from_chars(first, first + 4, year).ec != std::errc{}) return std::nullopt;
    return year - *participant.info.birth_year;
}

namespace {

template <class T, class Key>
const T* find_by_id(const std::vector<T>& items, Key id) {
    for (const auto& item : items) {
        if (item.id == id) return &item;
    }
    return nullptr;
}

store::Status fill_details(store::Store& store, VisitRecord& record) {
    const auto id = record.visit.id;
    auto consents = store.consents_of(id);
    if (!consents) return consents.error();
    record.consents = consents.value();
    auto measurements = store.measurements_of(id);
    if (!measurements) return measurements.error();
    record.measurements = std::move(measurements).value();
    auto questionnaires = store.questionnaires_of(id);
    if (!questionnaires) return questionnaires.error();
    for (const auto& questionnaire : questionnaires.value()) {
        auto answers = store.answers_of(id, questionnaire);
        if (!answers) return answers.error();
        record.answers[questionnaire] = std::move(answers).value();
    }
    auto referrals = store.referrals_of(id);
    if (!referrals) return referrals.error();
    record.referrals = std::move(referrals).value();
    auto follow_ups = store.follow_ups_of(id);
    if (!follow_ups) return follow_ups.error();
    record.follow_ups = std::move(follow_ups).value();
    return store::Done{};
}

}  // namespace

store::Result<std::vector<VisitRecord>> load_visit_records(store::Store& store) {
    auto sessions = store.sessions();
    if (!sessions) return sessions.error();
    auto participants = store.participants();
    if (!participants) return participants.error();
    auto visits = store.visits();
    if (!visits) return visits.error();
    std::vector<VisitRecord> records;
    records.reserve(visits.value().size());
    for (const auto& visit : visits.value()) {
        const auto* session = find_by_id(sessions.value(), visit.session);
        const auto* participant = find_by_id(participants.value(), visit.participant);
        if (session == nullptr || participant == nullptr) {
            return store::StoreError{store::ErrorKind::Corrupt, "visit without its session or participant"};
        }
        VisitRecord record{*session, *participant, visit, std::nullopt, {}, {}, {}, {}};
        if (auto status = fill_details(store, record); !status) return status.error();
        records.push_back(std::move(record));
    }
    return records;
}

}  // namespace gc::exports
