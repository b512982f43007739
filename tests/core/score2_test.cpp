// SCORE2 / SCORE2-OP against the published values (clinical.md 2.8), the recalibration against
// the very-high-region headline numbers, risk age and Framingham heart age (clinical.md 3), and
// who gets no estimate and why (clinical.md 1.10, 6).
#include "core/assessment.hpp"
#include "core/risk/framingham.hpp"
#include "core/risk/score2.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>

#include <string>

using gc::Measure;
using gc::RiskRegion;
using gc::Sex;

namespace {

double risk(Sex sex, int age, bool smoker, double sbp, double tc, double hdl, RiskRegion region = RiskRegion::Low) {
    const gc::Score2Inputs in{sex, static_cast<double>(age), smoker, sbp, tc, hdl};
    return age >= gc::kScore2OpMinAge ? gc::score2_op_risk_percent(in, region) : gc::score2_risk_percent(in, region);
}

gc::AssessmentInput eligible(Sex sex = Sex::Male, int age = 50) {
    gc::AssessmentInput in;
    in.sex = sex;
    in.age = age;
    in.smoker = true;
    in.diabetes = false;
    in.values = {{Measure::Systolic, 140}, {Measure::Diastolic, 85}, {Measure::TotalCholesterol, 5.5}, {Measure::Hdl, 1.3},
                 {Measure::Weight, 80}, {Measure::Height, 175}};
    return in;
}

gc::Assessment run(const gc::AssessmentInput& in) { return gc::assess(gc::test::shipped_ruleset(), in); }

bool reason_mentions(const gc::Assessment& a, const std::string& word) {
    return a.score2_reason && std::string(a.score2_reason).find(word) != std::string::npos;
}

}  // namespace

TEST_CASE("SCORE2 reproduces the published values, low-risk region (clinical.md 2.8)", "[score2]") {
    struct Published {
        Sex sex;
        int age;
        bool smoker;
        double sbp, tc, hdl, expected, tolerance;
    };
    const Published cases[] = {
        {Sex::Male, 50, true, 140, 5.5, 1.3, 5.9, 0.05},     // 1 SCORE2 paper abstract
        {Sex::Female, 50, true, 140, 5.5, 1.3, 4.2, 0.05},   // 2
        {Sex::Male, 50, true, 140, 6.3, 1.4, 6, 0.5},        // 3 suppl. table 4
        {Sex::Female, 50, true, 140, 6.3, 1.4, 4, 0.5},      // 4
        {Sex::Male, 45, false, 110, 5.0, 2.0, 1, 0.5},       // 5 HeartScore reference
        {Sex::Male, 75, true, 140, 5.5, 1.3, 19, 0.5},       // 6 SCORE2-OP suppl. table 3
        {Sex::Female, 75, true, 140, 5.5, 1.3, 15, 0.5},     // 7
        {Sex::Male, 75, false, 140, 5.5, 1.3, 13, 0.5},      // 8 HeartScore
        {Sex::Female, 75, false, 110, 5.0, 2.0, 6, 0.5},     // 9
    };
    for (const Published& c : cases) {
        INFO((c.sex == Sex::Male ? "man " : "woman ") << c.age << (c.smoker ? " smoker " : " ") << c.sbp << "/" << c.tc
                                                     << "/" << c.hdl);
        CHECK(risk(c.sex, c.age, c.smoker, c.sbp, c.tc, c.hdl) == Approx(c.expected).margin(c.tolerance));
    }
    // The worked example of clinical.md 2.5, unrounded (it used 4-decimal scales; the full-precision
    // scales used here differ by at most 0.0012 percentage points, clinical.md 2.3).
    CHECK(risk(Sex::Male, 50, true, 140, 5.5, 1.3) == Approx(5.913).margin(0.002));
    CHECK(risk(Sex::Female, 50, true, 140, 5.5, 1.3) == Approx(4.215).margin(0.002));
}

TEST_CASE("SCORE2 recalibration: very-high-region headline values 14.0 % and 13.7 %", "[score2]") {
    CHECK(risk(Sex::Male, 50, true, 140, 5.5, 1.3, RiskRegion::VeryHigh) == Approx(14.05).margin(0.01));
    CHECK(risk(Sex::Female, 50, true, 140, 5.5, 1.3, RiskRegion::VeryHigh) == Approx(13.70).margin(0.01));
    CHECK(risk(Sex::Male, 50, true, 140, 5.5, 1.3, RiskRegion::Moderate) >
          risk(Sex::Male, 50, true, 140, 5.5, 1.3, RiskRegion::Low));
    CHECK(gc::risk_region_from_name("very_high") == RiskRegion::VeryHigh);
    CHECK_FALSE(gc::risk_region_from_name("netherlands").has_value());
}

// (Smoking is not checked at the oldest ages: SCORE2-OP's negative smoking x age term makes the
// smoking effect vanish for men in their late 80s; that is the published model, not a bug.)
TEST_CASE("risk rises with each risk factor (monotone in age, SBP, TC, smoking, falls with HDL)", "[score2]") {
    for (Sex sex : {Sex::Male, Sex::Female}) {
        for (int age : {40, 55, 69, 70, 80, 89}) {
            const double base = risk(sex, age, false, 130, 5.0, 1.3);
            if (age <= 80) CHECK(risk(sex, age, true, 130, 5.0, 1.3) > base);
            CHECK(risk(sex, age, false, 150, 5.0, 1.3) > base);
            CHECK(risk(sex, age, false, 130, 6.0, 1.3) > base);
            CHECK(risk(sex, age, false, 130, 5.0, 1.6) < base);
        }
        CHECK(risk(sex, 60, false, 130, 5.0, 1.3) > risk(sex, 50, false, 130, 5.0, 1.3));
        CHECK(risk(sex, 85, false, 130, 5.0, 1.3) > risk(sex, 75, false, 130, 5.0, 1.3));
    }
}

TEST_CASE("assess: SCORE2 for 40-69, SCORE2-OP for 70-89, categories by age (ESC 2021)", "[score2]") {
    auto a = run(eligible(Sex::Male, 50));
    REQUIRE(a.score2);
    CHECK(a.score2->model == "SCORE2");
    CHECK(a.score2->risk_percent == Approx(5.913).margin(0.001));
    CHECK(a.score2->category == "high");  // 50-69: 5 <= risk < 10
    CHECK(a.score2->colour == gc::Light::Orange);
    CHECK(a.score2->source.find("ESC 2021") != std::string::npos);
    CHECK(a.score2_reason == nullptr);

    a = run(eligible(Sex::Female, 50));
    REQUIRE(a.score2);
    CHECK(a.score2->category == "low_to_moderate");  // 4.2 < 5
    CHECK(a.score2->colour == gc::Light::Green);

    CHECK(run(eligible(Sex::Male, 40)).score2->model == "SCORE2");
    CHECK(run(eligible(Sex::Male, 69)).score2->model == "SCORE2");
    CHECK(run(eligible(Sex::Male, 70)).score2->model == "SCORE2-OP");
    a = run(eligible(Sex::Male, 89));
    REQUIRE(a.score2);
    CHECK(a.score2->model == "SCORE2-OP");
    CHECK(a.score2->category == "very_high");  // >= 15 at 70+

    // 40-49: 2.5 / 7.5. A 45-year-old male non-smoker with 5.0/2.0 is about 1 %.
    auto young = eligible(Sex::Male, 45);
    young.smoker = false;
    young.values[Measure::Systolic] = 110;
    young.values[Measure::TotalCholesterol] = 5.0;
    young.values[Measure::Hdl] = 2.0;
    a = run(young);
    REQUIRE(a.score2);
    CHECK(a.score2->category == "low_to_moderate");
    young.smoker = true;
    young.values[Measure::Systolic] = 160;
    young.values[Measure::TotalCholesterol] = 7.0;
    young.values[Measure::Hdl] = 0.9;
    a = run(young);
    REQUIRE(a.score2);
    INFO("risk " << a.score2->risk_percent);
    CHECK(a.score2->risk_percent >= 2.5);
    CHECK(a.score2->category == (a.score2->risk_percent >= 7.5 ? "very_high" : "high"));
}

TEST_CASE("SCORE2 is not computed, and says why, for excluded or incomplete people", "[score2]") {
    auto in = eligible();
    in.diabetes = true;
    auto a = run(in);
    CHECK_FALSE(a.score2);
    CHECK(reason_mentions(a, "diabetes"));
    CHECK_FALSE(a.heart_age);

    in = eligible();
    in.known_cvd = true;
    a = run(in);
    CHECK_FALSE(a.score2);
    CHECK(reason_mentions(a, "hart- of vaatziekte"));
    CHECK_FALSE(a.heart_age);

    for (bool bp : {true, false}) {
        in = eligible();
        in.bp_medication = bp;
        in.lipid_medication = !bp;
        a = run(in);
        CHECK_FALSE(a.score2);
        CHECK(reason_mentions(a, "medicijnen"));
        CHECK_FALSE(a.heart_age);
    }

    for (int age : {39, 90}) {
        a = run(eligible(Sex::Female, age));
        CHECK_FALSE(a.score2);
        CHECK(reason_mentions(a, "40 tot en met 89"));
    }

    in = eligible();
    in.smoker.reset();
    CHECK(reason_mentions(run(in), "roken"));
    in = eligible();
    in.diabetes.reset();
    CHECK(reason_mentions(run(in), "diabetes"));
    in = eligible();
    in.sex.reset();
    CHECK(reason_mentions(run(in), "geslacht"));
    in = eligible();
    in.age.reset();
    CHECK(reason_mentions(run(in), "leeftijd"));
    in = eligible();
    in.values.erase(Measure::Systolic);
    CHECK(reason_mentions(run(in), "bloeddruk"));
    in = eligible();
    in.values.erase(Measure::Hdl);
    a = run(in);
    CHECK_FALSE(a.score2);
    CHECK(reason_mentions(a, "cholesterol"));
}

TEST_CASE("heart age: SCORE2 risk age where SCORE2 applies (clinical.md 3b)", "[heart_age]") {
    CHECK(gc::score2_risk_age(Sex::Male, 5.913) == Approx(62.7).margin(0.05));
    CHECK(gc::score2_risk_age(Sex::Female, 4.215) == Approx(63.4).margin(0.05));
    auto a = run(eligible(Sex::Male, 50));
    REQUIRE(a.heart_age);
    CHECK(a.heart_age->method == "score2");
    CHECK(a.heart_age->years == Approx(62.7).margin(0.05));
    CHECK_FALSE(a.heart_age->capped);
    auto older = eligible(Sex::Female, 75);
    older.smoker = false;
    older.values[Measure::Systolic] = 120;
    a = run(older);
    REQUIRE(a.heart_age);
    CHECK(a.heart_age->years == Approx(gc::score2_op_risk_age(Sex::Female, a.score2->risk_percent)).margin(1e-9));
    CHECK(a.heart_age->years < 80);
    a = run(eligible(Sex::Female, 75));  // smoker, 140: risk age above the cap
    REQUIRE(a.heart_age);
    CHECK(gc::score2_op_risk_age(Sex::Female, a.score2->risk_percent) > 80);
    CHECK(a.heart_age->capped);
    CHECK(a.heart_age->years == 80);
}

TEST_CASE("heart age: Framingham BMI model without lipids, capped at 80 (clinical.md 3a)", "[heart_age]") {
    const gc::FraminghamInputs man55{Sex::Male, 55, 30, 140, false, false, false};
    CHECK(gc::framingham_risk_percent(man55) == Approx(16.75).margin(0.01));
    CHECK(gc::framingham_heart_age(man55) == Approx(63.3).margin(0.05));

    gc::AssessmentInput in;
    in.sex = Sex::Male;
    in.age = 55;
    in.smoker = false;
    in.diabetes = false;
    in.values = {{Measure::Systolic, 140}, {Measure::Bmi, 30.0}};
    auto a = run(in);
    CHECK_FALSE(a.score2);
    REQUIRE(a.heart_age);
    CHECK(a.heart_age->method == "framingham");
    CHECK(a.heart_age->years == Approx(63.3).margin(0.05));

    in.age = 35;  // too young for SCORE2, Framingham is valid from 30
    a = run(in);
    CHECK(reason_mentions(a, "40 tot en met 89"));
    REQUIRE(a.heart_age);
    CHECK(a.heart_age->method == "framingham");

    in.age = 29;
    CHECK_FALSE(run(in).heart_age);
    in.age = 80;  // Framingham only to 74, SCORE2-OP needs lipids
    CHECK_FALSE(run(in).heart_age);

    in.age = 70;
    in.smoker = true;
    in.values = {{Measure::Systolic, 200}, {Measure::Bmi, 40.0}};
    a = run(in);
    REQUIRE(a.heart_age);
    CHECK(a.heart_age->capped);
    CHECK(a.heart_age->years == 80);

    in.values.erase(Measure::Bmi);  // neither lipids nor BMI: no heart age at all
    CHECK_FALSE(run(in).heart_age);
}
