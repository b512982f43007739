// The group picture read from a real encrypted store through the kiosk's StoreHostRecords:
// 12 participants registered and measured, the counts equal those computed independently
// from the store's own rows (visits, participants and measurements read one by one).
#include "core/host/group_picture.hpp"
#include "kiosk/store_host_records.hpp"
#include "../core/shipped_ruleset.hpp"
#include "../store/store_test_support.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <tuple>

using namespace gc;
using namespace gc::store::test;

namespace {

constexpr int kYear = 2026;

store::MeasurementRecord typed(Measure measure, double value) {
    store::MeasurementRecord m;
    m.measure = measure;
    m.value = value;
    m.source = store::ManualSource{"participant"};
    m.kiosk_time = at_ms(5);
    return m;
}

using Counts = std::map<std::string, std::tuple<int, int, int>>;  // light key -> green, orange, red

// Counts per light straight from the store: every visit of the session, its participant and its
// measurements (the latest per measure), assessed one by one.
Counts counted_from_store(store::Store& s, store::SessionId session) {
    const auto participants = require_ok(s.participants());
    Counts counts;
    for (const auto& visit : require_ok(s.visits())) {
        if (visit.session != session) continue;
        AssessmentInput in;
        for (const auto& p : participants) {
            if (p.id != visit.participant) continue;
            in.sex = p.info.sex;
            if (p.info.birth_year) in.age = kYear - *p.info.birth_year;
            in.origin = p.info.origin.value_or(OriginGroup::Unknown);
        }
        for (const auto& m : require_ok(s.measurements_of(visit.id))) in.values[m.record.measure] = m.record.value;
        if (in.values.empty()) continue;
        for (const auto& light : assess(test::shipped_ruleset(), in).lights) {
            auto& [green, orange, red] = counts[light.key];
            (light.colour == Light::Green ? green : light.colour == Light::Orange ? orange : red) += 1;
        }
    }
    return counts;
}

}  // namespace

TEST_CASE("group picture from the store: 12 measured, counts equal the store's own rows", "[kiosk][store][group]") {
    store::Store s = open_fast(fresh_dir("group_picture") / "kiosk.db");
    kiosk::StoreHostRecords records(s);
    std::int64_t session = 0;
    REQUIRE(records.start_session({"2026-11-22", "Buurthuis", HostGroup::Mixed, "anna", {}}, session).ok);

    // Blood pressure of all 12 (7 green, 3 orange, 2 red); length and weight of 6; waist of 4.
    const double bp[12][2] = {{120, 80}, {125, 70}, {130, 85}, {110, 70}, {135, 88}, {118, 76}, {128, 82},
                              {145, 85}, {120, 92}, {85, 55},  {165, 95}, {200, 120}};
    const double weight[6] = {60, 70, 85, 95, 110, 75};
    for (int n = 0; n < 12; ++n) {
        ArrivalForm form;
        form.name = "Deelnemer " + std::to_string(n);
        form.birth_year = 1950 + 2 * n;
        form.sex = n % 2 ? Sex::Female : Sex::Male;
        Arrival arrival;
        REQUIRE(records.register_arrival(session, form, "host", arrival).ok);
        const store::VisitId visit{arrival.visit};
        require_ok(s.record_measurement(visit, typed(Measure::Systolic, bp[n][0])));
        require_ok(s.record_measurement(visit, typed(Measure::Diastolic, bp[n][1])));
        if (n < 6) {
            require_ok(s.record_measurement(visit, typed(Measure::Height, 170)));
            require_ok(s.record_measurement(visit, typed(Measure::Weight, weight[n])));
        }
        if (n < 4) require_ok(s.record_measurement(visit, typed(Measure::Waist, 90 + 5 * n)));
    }
    // A re-measurement: the latest value counts (participant 1 from 125/70 green to 150/85 orange).
    const auto visits = require_ok(s.session_visits(store::SessionId{session}));
    REQUIRE(visits.size() == 12);
    require_ok(s.record_measurement(visits[1].visit.id, typed(Measure::Systolic, 150)));
    require_ok(s.record_measurement(visits[1].visit.id, typed(Measure::Diastolic, 85)));

    GroupPicture picture;
    REQUIRE(load_group_picture(records, session, test::shipped_ruleset(), kYear, picture).ok);
    CHECK(picture.participants == 12);

    const Counts expected = counted_from_store(s, store::SessionId{session});
    int shown = 0, held_back = 0;
    for (const auto& [key, count] : expected) {
        const auto& [green, orange, red] = count;
        const int measured = green + orange + red;
        const auto row = std::find_if(picture.rows.begin(), picture.rows.end(), [&](const GroupRow& r) { return r.key == key; });
        INFO(key);
        if (measured < kGroupPictureMinimum) {
            CHECK(row == picture.rows.end());
            ++held_back;
            continue;
        }
        REQUIRE(row != picture.rows.end());
        ++shown;
        CHECK(row->measured == measured);
        CHECK(row->green == green);
        CHECK(row->orange == orange);
        CHECK(row->red == red);
    }
    CHECK(static_cast<int>(picture.rows.size()) == shown);
    CHECK(picture.held_back == held_back);
    // What the values say without any code: blood pressure 6 green, 4 orange, 2 red; BMI of
    // 6 people shown; the waist of 4 people held back.
    const auto bp_row = std::find_if(picture.rows.begin(), picture.rows.end(), [](const GroupRow& r) { return r.key == "blood_pressure"; });
    REQUIRE(bp_row != picture.rows.end());
    CHECK(std::make_tuple(bp_row->green, bp_row->orange, bp_row->red) == std::make_tuple(6, 4, 2));
    CHECK(bp_row->attention() == 6);
    CHECK(std::any_of(picture.rows.begin(), picture.rows.end(), [](const GroupRow& r) { return r.key == "bmi" && r.measured == 6; }));
    CHECK(std::none_of(picture.rows.begin(), picture.rows.end(), [](const GroupRow& r) { return r.key == "waist"; }));
    CHECK(held_back == 1);
}
