#pragma once
// Visit records for the export tests, built in memory (no database).
#include "report/export/visit_records.hpp"

#include <string>

namespace gc::exports::test {

inline store::WallTime at_ms(std::int64_t ms) { return store::WallTime(std::chrono::milliseconds(ms)); }

struct RecordMaker {
    std::int64_t next_id{1};

    VisitRecord make(const store::Session& session, std::optional<Sex> sex, std::optional<int> birth_year,
                     store::Consents consents) {
        VisitRecord v;
        v.session = session;
        v.participant.id.value = next_id;
        v.participant.card_code = "CARD" + std::to_string(next_id);
        v.participant.info.sex = sex;
        v.participant.info.birth_year = birth_year;
        v.participant.info.name = "Naam " + std::to_string(next_id);
        v.visit = store::Visit{store::VisitId{next_id}, session.id, v.participant.id, at_ms(1000)};
        v.consents = consents;
        ++next_id;
        return v;
    }
};

inline store::Session session(std::int64_t id, std::string date, std::string place,
                              store::GroupType type = store::GroupType::Mixed) {
    return store::Session{store::SessionId{id}, store::SessionInfo{std::move(date), std::move(place), type, "h", {}}};
}

inline store::Consents consents(bool gp, bool municipality, bool research) {
    return store::Consents{gp, municipality, research, "h", at_ms(1)};
}

inline void add_measurement(VisitRecord& v, Measure m, double value,
                            std::variant<store::DeviceSource, store::ManualSource> source = store::ManualSource{"h"}) {
    store::StoredMeasurement s;
    s.id.value = static_cast<std::int64_t>(v.measurements.size()) + 1;
    s.visit = v.visit.id;
    s.record.measure = m;
    s.record.value = value;
    s.record.source = std::move(source);
    s.record.kiosk_time = at_ms(1'790'000'000'000);
    v.measurements.push_back(s);
}

}  // namespace gc::exports::test
