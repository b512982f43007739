// FINDRISC, De Jong Gierveld 6-item loneliness, Positieve Gezondheid (clinical.md 4).
#include "core/questionnaire_scores/findrisc.hpp"
#include "core/questionnaire_scores/loneliness.hpp"
#include "core/questionnaire_scores/positive_health.hpp"

#include <catch2/catch.hpp>

#include <type_traits>

using gc::FamilyDiabetes;
using gc::Light;
using gc::LonelinessAnswer;
using gc::Sex;

namespace {
gc::FindriscAnswers low_risk(Sex sex = Sex::Male) {
    gc::FindriscAnswers a;
    a.sex = sex;
    a.age = 40;
    a.bmi = 22;
    a.waist_cm = 70;
    a.active_30_min_daily = true;
    a.vegetables_fruit_daily = true;
    return a;
}
int points_with(void (*change)(gc::FindriscAnswers&), Sex sex = Sex::Male) {
    auto a = low_risk(sex);
    change(a);
    return gc::findrisc(a).points;
}
}  // namespace

TEST_CASE("FINDRISC items score as printed, ranges inclusive", "[findrisc]") {
    CHECK(gc::findrisc(low_risk()).points == 0);
    struct AgeCase { int age, points; };
    for (AgeCase c : {AgeCase{44, 0}, {45, 2}, {54, 2}, {55, 3}, {64, 3}, {65, 4}}) {
        auto a = low_risk();
        a.age = c.age;
        INFO("age " << c.age);
        CHECK(gc::findrisc(a).points == c.points);
    }
    struct Value { double v; int points; };
    for (Value c : {Value{24.9, 0}, {25.0, 1}, {30.0, 1}, {30.1, 3}, {30.04, 1}}) {
        auto a = low_risk();
        a.bmi = c.v;
        INFO("bmi " << c.v);
        CHECK(gc::findrisc(a).points == c.points);
    }
    for (Value c : {Value{93, 0}, {94, 3}, {102, 3}, {103, 4}}) {
        auto a = low_risk(Sex::Male);
        a.waist_cm = c.v;
        INFO("men waist " << c.v);
        CHECK(gc::findrisc(a).points == c.points);
    }
    for (Value c : {Value{79, 0}, {80, 3}, {88, 3}, {89, 4}}) {
        auto a = low_risk(Sex::Female);
        a.waist_cm = c.v;
        INFO("women waist " << c.v);
        CHECK(gc::findrisc(a).points == c.points);
    }
    CHECK(points_with([](gc::FindriscAnswers& a) { a.active_30_min_daily = false; }) == 2);
    CHECK(points_with([](gc::FindriscAnswers& a) { a.vegetables_fruit_daily = false; }) == 1);
    CHECK(points_with([](gc::FindriscAnswers& a) { a.ever_bp_medication = true; }) == 2);
    CHECK(points_with([](gc::FindriscAnswers& a) { a.ever_high_glucose = true; }) == 5);
    CHECK(points_with([](gc::FindriscAnswers& a) { a.family = FamilyDiabetes::Extended; }) == 3);
    CHECK(points_with([](gc::FindriscAnswers& a) { a.family = FamilyDiabetes::Close; }) == 5);
}

TEST_CASE("FINDRISC maximum is 26, categories international and Dutch (colour < 7, 7-9, >= 10)", "[findrisc]") {
    gc::FindriscAnswers worst{Sex::Female, 70, 35, 100, false, false, true, true, FamilyDiabetes::Close};
    const auto r = gc::findrisc(worst);
    CHECK(r.points == 26);
    CHECK(r.category == "very_high");
    CHECK(r.dutch_category == "increased");
    CHECK(r.colour == Light::Red);

    struct Band { int points; const char* intl; const char* dutch; Light colour; };
    // Build each total from glucose (5), family (5), age 65 (4), bp (2), activity (2), veg (1), BMI 26 (1).
    auto with_points = [](int target) {
        auto a = low_risk();
        int left = target;
        if (left >= 5) { a.ever_high_glucose = true; left -= 5; }
        if (left >= 5) { a.family = FamilyDiabetes::Close; left -= 5; }
        if (left >= 4) { a.age = 65; left -= 4; }
        if (left >= 2) { a.ever_bp_medication = true; left -= 2; }
        if (left >= 2) { a.active_30_min_daily = false; left -= 2; }
        if (left >= 1) { a.vegetables_fruit_daily = false; left -= 1; }
        if (left >= 1) { a.bmi = 26; left -= 1; }
        return a;
    };
    for (Band b : {Band{6, "low", "low", Light::Green}, {7, "slightly_elevated", "slightly_increased", Light::Orange},
                   {9, "slightly_elevated", "slightly_increased", Light::Orange}, {10, "slightly_elevated", "increased", Light::Red},
                   {11, "slightly_elevated", "increased", Light::Red}, {12, "moderate", "increased", Light::Red},
                   {14, "moderate", "increased", Light::Red}, {15, "high", "increased", Light::Red},
                   {20, "high", "increased", Light::Red}}) {
        const auto res = gc::findrisc(with_points(b.points));
        INFO("points " << b.points);
        REQUIRE(res.points == b.points);
        CHECK(res.category == b.intl);
        CHECK(res.dutch_category == b.dutch);
        CHECK(res.colour == b.colour);
    }
}

TEST_CASE("De Jong Gierveld 6: emotional yes/more-or-less, social no/more-or-less score 1", "[loneliness]") {
    using A = LonelinessAnswer;
    auto r = gc::de_jong_gierveld_6({A::No, A::No, A::No, A::Yes, A::Yes, A::Yes});
    CHECK(r.total == 0);
    CHECK(r.category == "not_lonely");
    CHECK(r.colour == Light::Green);
    r = gc::de_jong_gierveld_6({A::Yes, A::MoreOrLess, A::No, A::Yes, A::Yes, A::Yes});
    CHECK(r.emotional == 2);
    CHECK(r.social == 0);
    CHECK(r.total == 2);
    CHECK(r.category == "moderately_lonely");
    CHECK(r.colour == Light::Orange);
    r = gc::de_jong_gierveld_6({A::No, A::No, A::Yes, A::No, A::No, A::No});
    CHECK(r.total == 4);
    CHECK(r.colour == Light::Orange);
    r = gc::de_jong_gierveld_6({A::Yes, A::Yes, A::No, A::No, A::MoreOrLess, A::No});
    CHECK(r.total == 5);
    CHECK(r.category == "severely_lonely");
    CHECK(r.colour == Light::Red);
    r = gc::de_jong_gierveld_6({A::No, A::No, A::MoreOrLess, A::Yes, A::Yes, A::Yes});
    CHECK(r.total == 1);
    CHECK(r.colour == Light::Green);
}

TEST_CASE("De Jong Gierveld 6: missing items", "[loneliness]") {
    using A = LonelinessAnswer;
    auto r = gc::de_jong_gierveld_6({std::nullopt, A::Yes, A::Yes, A::No, A::No, A::No});
    CHECK_FALSE(r.emotional);
    CHECK(r.social == 3);
    CHECK(r.total == 5);
    r = gc::de_jong_gierveld_6({std::nullopt, A::Yes, A::Yes, A::No, std::nullopt, A::No});
    CHECK_FALSE(r.total);
    CHECK_FALSE(r.colour);
    CHECK(r.category.empty());
}

TEST_CASE("Positieve Gezondheid: six dimensions 0-10, mean of items, never coloured", "[positive_health]") {
    static_assert(!std::is_convertible_v<gc::PositiveHealthProfile, Light>);
    std::array<std::vector<double>, 6> items{};
    items[0] = {7, 8, 9, 6, 7, 8, 5};
    items[5] = {10};
    const auto p = gc::positive_health_from_items(items);
    REQUIRE(p.scores[0]);
    CHECK(*p.scores[0] == Approx(50.0 / 7.0));
    CHECK_FALSE(p.scores[1]);
    CHECK(p.scores[5] == 10.0);
    items[2] = {11};
    CHECK_THROWS_WITH(gc::positive_health_from_items(items), Catch::Contains("meaning"));
    std::array<std::optional<double>, 6> grades{};
    grades[3] = 6.5;
    CHECK(gc::positive_health_from_grades(grades).scores[3] == 6.5);
    grades[4] = -1;
    CHECK_THROWS_AS(gc::positive_health_from_grades(grades), std::invalid_argument);
    CHECK(gc::health_dimension_name(gc::HealthDimension::DailyFunctioning) == "daily_functioning");
    CHECK(std::string(gc::health_dimension_label(gc::HealthDimension::Participation)) == "Meedoen");
}
