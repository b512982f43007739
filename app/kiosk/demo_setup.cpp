#include "kiosk/demo_setup.hpp"

#include <array>
#include <cstdlib>
#include <ctime>
#include <random>
#include <stdexcept>

namespace gc::kiosk {
namespace {

// Today (local) minus `days_back` days, "YYYY-MM-DD"; mktime normalises the day of month.
std::string today(int days_back = 0) {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    local.tm_mday -= days_back;
    local.tm_hour = 12;
    std::mktime(&local);
    char date[16];
    std::strftime(date, sizeof date, "%Y-%m-%d", &local);
    return date;
}

std::string random_passphrase() {
    static constexpr std::array<const char*, 12> words = {"tulp", "molen", "fiets", "gracht", "kaas", "duin",
                                                          "haven", "polder", "brug", "zee", "wolk", "klok"};
    std::random_device rd;
    std::string phrase;
    for (int i = 0; i < 4; ++i) {
        if (i) phrase += "-";
        phrase += words[rd() % words.size()];
    }
    return phrase;
}

}  // namespace

// The earlier visit of a follow-up demo: a high blood pressure, a waist to talk about, the
// walking group with a call and the return date.
static store::Status fill_earlier_visit(store::Store& store, store::VisitId visit, int i) {
    const auto at = store::wall_now();
    const std::pair<Measure, double> values[] = {{Measure::Systolic, 150}, {Measure::Diastolic, 95}, {Measure::Pulse, 76},
                                                 {Measure::Height, 172}, {Measure::Weight, 84.0 + i % 5},
                                                 {Measure::Waist, 98.0 + i % 4}};
    for (const auto& [measure, value] : values) {
        store::MeasurementRecord m{measure, value, "", store::ManualSource{"demo"}, at};
        if (auto stored = store.record_measurement(visit, m); !stored) return stored.error();
    }
    store::Referral walking{"walking_group", "", at, "Buurtsportcoach Sanne de Vries", true, "0612345678"};
    if (auto s = store.record_referral(visit, walking); !s) return s;
    return store.schedule_follow_up(visit, {"remeasure_6_months", today()});
}

DemoSetup create_demo(std::optional<store::Store>& store, int participants, bool follow_up) {
    DemoSetup demo;
    const char* base = std::getenv("XDG_RUNTIME_DIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/groepsconsult-demo-XXXXXX";
    if (!mkdtemp(pattern.data())) throw std::runtime_error("cannot create a demo data directory in " + pattern);
    demo.data_dir = pattern;
    demo.passphrase = random_passphrase();
    auto opened = store::Store::open(demo.data_dir / "kiosk.db", demo.passphrase);
    if (!opened) throw std::runtime_error("demo database: " + opened.error().describe());
    store.emplace(std::move(opened.value()));

    std::optional<store::SessionId> earlier;
    if (follow_up) {
        auto made = store->start_session({today(182), "Buurthuis De Kroon (demo)", store::GroupType::Mixed, "demo", {}});
        if (!made) throw std::runtime_error("demo session: " + made.error().describe());
        earlier = made.value();
    }
    auto session = store->start_session({today(), "Buurthuis De Kroon (demo)", store::GroupType::Mixed, "demo", earlier});
    if (!session) throw std::runtime_error("demo session: " + session.error().describe());
    demo.session = session.value();

    // A mixed group as in a Den Haag neighbourhood: ages 35-75, several origins and languages.
    static constexpr std::array<const char*, 5> languages = {"nl", "tr", "ar", "pl", "en"};
    static constexpr std::array<OriginGroup, 5> origins = {OriginGroup::Europid, OriginGroup::MiddleEastern,
                                                           OriginGroup::African, OriginGroup::SouthAsian,
                                                           OriginGroup::Europid};
    // One commit for the whole group: demo start-up should not pay an fsync per participant.
    auto registered = store->in_one_transaction([&]() -> store::Status {
        for (int i = 0; i < participants; ++i) {
            store::ParticipantInfo info;
            info.birth_year = 1951 + (i * 7) % 40;
            info.sex = i % 2 ? Sex::Male : Sex::Female;
            info.origin = origins[static_cast<std::size_t>(i) % origins.size()];
            info.language = languages[static_cast<std::size_t>(i) % languages.size()];
            // Arrived at today's session, so the host's board shows the whole group.
            auto p = store->register_arrival(earlier.value_or(demo.session), info, "demo", store::wall_now());
            if (!p) return p.error();
            demo.card_codes.push_back(p.value().participant.card_code);
            if (!earlier) continue;
            if (auto s = fill_earlier_visit(*store, p.value().visit.id, i); !s) return s;
            auto again = store->arrive(demo.session, p.value().participant.id, earlier, "demo", store::wall_now());
            if (!again) return again.error();
        }
        return store::Done{};
    });
    if (!registered) throw std::runtime_error("demo participants: " + registered.error().describe());
    return demo;
}

}  // namespace gc::kiosk
