#include "store/demo_data.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <random>

namespace gc::store {
namespace {

// Invented first names and surnames as they occur in Dutch neighbourhoods (a demo needs the
// mix of scripts and spellings the sheet and the no-plaintext test have to cope with).
constexpr std::array kFirstNames = {"Fatima", "Mehmet", "Anna", "Johan", "Aisha", "Piotr", "Ingrid",
                                    "Mustafa", "Sevda", "Kees", "Nadia", "Agnieszka", "Youssef", "Ria"};
constexpr std::array kSurnames = {"Yılmaz", "El Amrani", "de Vries", "Kowalski", "Bakker", "Öztürk",
                                  "Jansen", "Bouzid", "Nowak", "van Dijk", "Demir", "Haddou"};
constexpr std::array kPlaces = {"Buurthuis De Schakel", "Wijkcentrum Transvaal", "Moskee Al Fourqaan",
                                "Basisschool De Regenboog"};
constexpr std::array kLanguages = {"nl", "nl", "tr", "ar", "pl", "en"};
constexpr std::array kOffers = {"buurtsportcoach", "leefstijlcoach", "welzijnscoach", "geldloket",
                                "poh_ggz", "stoppen_met_roken"};

class DemoGenerator {
public:
    explicit DemoGenerator(std::uint64_t seed) : m_rng(seed) {}

    template <class Array>
    auto pick(const Array& items) {
        return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(m_rng)];
    }
    double normal(double mean, double sd, double lo, double hi) {
        return std::clamp(std::normal_distribution<double>(mean, sd)(m_rng), lo, hi);
    }
    int between(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_rng); }
    bool chance(double p) { return std::bernoulli_distribution(p)(m_rng); }
    std::vector<std::uint8_t> frame(std::size_t size) {
        std::vector<std::uint8_t> bytes(size);
        for (auto& b : bytes) b = static_cast<std::uint8_t>(between(0, 255));
        return bytes;
    }

private:
    std::mt19937_64 m_rng;
};

double rounded(double value, Measure m) {
    const double scale = std::pow(10.0, measure_decimals(m));
    return std::round(value * scale) / scale;
}

std::string session_date(int index) {
    // Sessions on consecutive weeks of 2026, starting 12 January.
    static constexpr std::array kMonthDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int day_of_year = 11 + 7 * (index % 50);
    int month = 0;
    while (day_of_year >= kMonthDays[static_cast<std::size_t>(month)]) {
        day_of_year -= kMonthDays[static_cast<std::size_t>(month)];
        ++month;
    }
    char text[32];
    std::snprintf(text, sizeof text, "2026-%02d-%02d", month + 1, day_of_year + 1);
    return text;
}

struct Body {
    double systolic, diastolic, pulse, weight, height, waist, fat, glucose, cholesterol, hdl;
};

Body plausible_body(DemoGenerator& g, Sex sex, int age) {
    const bool male = sex == Sex::Male;
    Body b{};
    b.height = g.normal(male ? 178 : 165, 7, 145, 200);
    const double bmi = g.normal(27, 4.5, 18, 45);
    b.weight = bmi * (b.height / 100) * (b.height / 100);
    b.systolic = g.normal(118 + 0.5 * (age - 40), 15, 95, 200);
    b.diastolic = std::min(b.systolic - 25, g.normal(78, 9, 55, 120));
    b.pulse = g.normal(72, 10, 48, 120);
    b.waist = g.normal(male ? 0.92 * b.weight + 20 : 0.95 * b.weight + 14, 6, 60, 150);
    b.fat = g.normal(male ? 24 : 34, 6, 8, 55);
    b.glucose = g.normal(5.6, 1.1, 3.8, 15);
    b.cholesterol = g.normal(5.2, 0.9, 3, 9);
    b.hdl = g.normal(male ? 1.2 : 1.5, 0.3, 0.6, 2.8);
    return b;
}

Status add_participant(Store& store, DemoGenerator& g, SessionId session, const std::string& date,
                       std::vector<std::string>& codes) {
    ParticipantInfo info;
    info.name = std::string(g.pick(kFirstNames)) + " " + g.pick(kSurnames);
    info.birth_year = g.between(1945, 2000);
    info.sex = g.chance(0.5) ? Sex::Female : Sex::Male;
    info.origin = g.pick(std::array{OriginGroup::Europid, OriginGroup::MiddleEastern, OriginGroup::African,
                                    OriginGroup::SouthAsian, OriginGroup::Unknown});
    info.language = g.pick(kLanguages);
    info.gp_practice = "Huisartsenpraktijk " + std::string(g.pick(kSurnames));
    auto participant = store.register_participant(info);
    if (!participant) return participant.error();
    const auto at = wall_now();
    auto visit = store.create_visit(session, participant.value().id, at);
    if (!visit) return visit.error();
    const auto v = visit.value();

    if (auto s = store.record_consents(v, Consents{g.chance(0.9), g.chance(0.7), g.chance(0.5), "gastvrouw", at}); !s) {
        return s;
    }
    const auto body = plausible_body(g, *info.sex, 2026 - *info.birth_year);
    const auto device = [&](std::string model, std::string serial) {
        return DeviceSource{std::move(model), std::move(serial), g.frame(16), at};
    };
    const std::array<std::pair<Measure, double>, 11> values = {{
        {Measure::Systolic, body.systolic}, {Measure::Diastolic, body.diastolic}, {Measure::Pulse, body.pulse},
        {Measure::Weight, body.weight}, {Measure::Height, body.height},
        {Measure::Bmi, body.weight / ((body.height / 100) * (body.height / 100))}, {Measure::Waist, body.waist},
        {Measure::BodyFatPercent, body.fat}, {Measure::Glucose, body.glucose},
        {Measure::TotalCholesterol, body.cholesterol}, {Measure::Hdl, body.hdl},
    }};
    for (const auto& [measure, value] : values) {
        MeasurementRecord m;
        m.measure = measure;
        m.value = rounded(value, measure);
        m.kiosk_time = at;
        switch (measure) {
        case Measure::Systolic: case Measure::Diastolic: case Measure::Pulse:
            m.source = device("Omron HBP-1320", "DEMO-BP-01"); break;
        case Measure::Weight: case Measure::BodyFatPercent: case Measure::Bmi:
            m.source = device("InBody 270", "DEMO-IB-01"); break;
        case Measure::Glucose: case Measure::TotalCholesterol: case Measure::Hdl:
            m.source = device("Mission 3-in-1", "DEMO-CH-01"); break;
        default: m.source = ManualSource{"gastvrouw"}; break;
        }
        if (auto id = store.record_measurement(v, m); !id) return id.error();
    }
    const std::vector<Answer> answers = {{"smoking", g.chance(0.25) ? "yes" : "no"},
                                         {"exercise_days", std::to_string(g.between(0, 7))},
                                         {"fruit_daily", g.chance(0.6) ? "yes" : "no"}};
    if (auto s = store.record_answers(v, "leefstijl", answers); !s) return s;
    if (auto s = store.record_goal(v, "Elke dag 30 minuten wandelen", at); !s) return s;
    if (auto s = store.record_referral(v, Referral{g.pick(kOffers), "", at}); !s) return s;
    if (auto s = store.schedule_follow_up(v, FollowUp{"call_6_weeks", date}); !s) return s;
    if (auto s = store.record_sheet_printed(v, PrintedSheet{info.language, "demo", "gastvrouw", at}); !s) return s;
    codes.push_back(participant.value().card_code);
    return Done{};
}

}  // namespace

Result<std::vector<std::string>> add_demo_data(Store& store, const DemoDataOptions& options) {
    if (options.participants < 0 || options.participants_per_session < 1) {
        return StoreError{ErrorKind::InvalidInput, "participant counts must be positive"};
    }
    DemoGenerator g(options.seed);
    std::vector<std::string> codes;
    SessionId session;
    std::string date;
    for (int i = 0; i < options.participants; ++i) {
        if (i % options.participants_per_session == 0) {
            date = session_date(i / options.participants_per_session);
            auto started = store.start_session(SessionInfo{date, g.pick(kPlaces),
                                                           g.pick(std::array{GroupType::Mixed, GroupType::Men,
                                                                             GroupType::Women}),
                                                           "gastvrouw", std::nullopt});
            if (!started) return started.error();
            session = started.value();
        }
        auto added = store.in_one_transaction([&] { return add_participant(store, g, session, date, codes); });
        if (!added) return added.error();
    }
    return codes;
}

}  // namespace gc::store
