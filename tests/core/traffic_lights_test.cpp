// Every boundary of every rule of the shipped ruleset: just below, on, just above, for both sexes,
// every origin group, fasting and not. Expected colours are written down from clinical.md
// section 1 (not read back from the ruleset), so a changed threshold fails here on purpose.
#include "core/assessment.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

using gc::Light;
using gc::Measure;
using gc::OriginGroup;
using gc::Sex;

namespace {

constexpr Light G = Light::Green;
constexpr Light O = Light::Orange;
constexpr Light R = Light::Red;

const std::vector<OriginGroup> kAllOrigins = {OriginGroup::Europid, OriginGroup::SouthAsian, OriginGroup::OtherAsian,
                                              OriginGroup::African, OriginGroup::MiddleEastern, OriginGroup::Unknown};
const std::vector<OriginGroup> kAsian = {OriginGroup::SouthAsian, OriginGroup::OtherAsian};
const std::vector<OriginGroup> kEuropeanData = {OriginGroup::Europid, OriginGroup::African, OriginGroup::MiddleEastern,
                                                OriginGroup::Unknown};

gc::AssessmentInput person(Sex sex = Sex::Male, int age = 50, OriginGroup origin = OriginGroup::Europid) {
    gc::AssessmentInput in;
    in.sex = sex;
    in.age = age;
    in.origin = origin;
    in.smoker = false;
    in.diabetes = false;
    return in;
}

const gc::MeasureLight& light_of(const gc::Assessment& a, const std::string& key) {
    const gc::MeasureLight* l = a.light(key);
    INFO("light " << key);
    REQUIRE(l != nullptr);
    return *l;
}

struct Case {
    double value;
    Light colour;
};

// Classify `measure` = value for `in` and check the colour of light `key`.
void check_cases(gc::AssessmentInput in, Measure measure, const std::string& key, const std::vector<Case>& cases) {
    for (const Case& c : cases) {
        in.values[measure] = c.value;
        const auto a = gc::assess(gc::test::shipped_ruleset(), in);
        INFO(key << " = " << c.value << ", sex " << (in.sex ? gc::sex_name(*in.sex) : "?") << ", age "
                 << in.age.value_or(-1) << ", origin " << gc::origin_name(in.origin));
        CHECK(gc::light_name(light_of(a, key).colour) == gc::light_name(c.colour));
    }
}

}  // namespace

TEST_CASE("blood pressure: 90/60, 140/90, 160/100 and urgent 180/110, the worse part decides", "[traffic_lights]") {
    auto in = person();
    in.values[Measure::Diastolic] = 70;
    check_cases(in, Measure::Systolic, "blood_pressure",
                {{89, O}, {90, G}, {91, G}, {139, G}, {140, O}, {141, O}, {159, O}, {160, R}, {161, R}, {179, R}, {180, R}, {181, R}});
    in = person(Sex::Female);
    in.values[Measure::Systolic] = 120;
    check_cases(in, Measure::Diastolic, "blood_pressure",
                {{59, O}, {60, G}, {61, G}, {89, G}, {90, O}, {91, O}, {99, O}, {100, R}, {101, R}, {109, R}, {110, R}, {111, R}});

    auto urgent = [](double sys, double dia) {
        auto p = person();
        p.values = {{Measure::Systolic, sys}, {Measure::Diastolic, dia}};
        return gc::assess(gc::test::shipped_ruleset(), p);
    };
    CHECK_FALSE(urgent(179, 109).any_urgent());
    CHECK(urgent(180, 80).any_urgent());
    CHECK(urgent(120, 110).any_urgent());
    CHECK(urgent(181, 111).light("blood_pressure")->urgent);
    const auto a = urgent(152, 94);
    CHECK(a.light("blood_pressure")->display == "152/94");
    CHECK(a.light("blood_pressure")->parts == std::vector<double>{152, 94});
    CHECK(a.light("blood_pressure")->range == "90-139 / 60-89");
}

TEST_CASE("blood pressure: on equal colour the raised part gives the sentence", "[traffic_lights]") {
    auto in = person();
    const auto& rules = gc::test::shipped_ruleset();
    in.values = {{Measure::Systolic, 145}, {Measure::Diastolic, 75}};
    const std::string raised = gc::assess(rules, in).light("blood_pressure")->meaning;
    in.values = {{Measure::Systolic, 85}, {Measure::Diastolic, 75}};
    const std::string low = gc::assess(rules, in).light("blood_pressure")->meaning;
    REQUIRE(raised != low);
    in.values = {{Measure::Systolic, 85}, {Measure::Diastolic, 95}};
    CHECK(gc::assess(rules, in).light("blood_pressure")->meaning == raised);
    in.values = {{Measure::Systolic, 150}, {Measure::Diastolic, 55}};
    CHECK(gc::assess(rules, in).light("blood_pressure")->meaning == raised);
    CHECK(gc::assess(rules, in).light("blood_pressure")->colour == O);
}

TEST_CASE("blood pressure is classified as displayed (whole mmHg)", "[traffic_lights]") {
    auto in = person();
    in.values[Measure::Diastolic] = 70;
    check_cases(in, Measure::Systolic, "blood_pressure", {{139.4, G}, {139.5, O}, {89.5, G}, {89.4, O}, {179.5, R}});
    in.values[Measure::Systolic] = 179.5;
    const auto a = gc::assess(gc::test::shipped_ruleset(), in);
    CHECK(a.light("blood_pressure")->display == "180/70");
    CHECK(a.light("blood_pressure")->urgent);
}

TEST_CASE("blood pressure needs both values", "[traffic_lights]") {
    auto in = person();
    in.values[Measure::Systolic] = 150;
    CHECK(gc::assess(gc::test::shipped_ruleset(), in).light("blood_pressure") == nullptr);
}

TEST_CASE("pulse: green 50-100, orange 40-49 and 101-120, red below 40 and above 120", "[traffic_lights]") {
    check_cases(person(), Measure::Pulse, "pulse",
                {{39, R}, {40, O}, {41, O}, {49, O}, {50, G}, {51, G}, {99, G}, {100, G}, {101, O}, {119, O}, {120, O}, {121, R}});
}

TEST_CASE("glucose: fasting 6.1 / 7.0, non-fasting and unknown 7.8 / 11.1", "[traffic_lights]") {
    auto fasting = person();
    fasting.fasting = true;
    check_cases(fasting, Measure::Glucose, "glucose",
                {{6.0, G}, {6.1, O}, {6.2, O}, {6.9, O}, {7.0, R}, {7.1, R}, {6.04, G}, {6.06, O}});
    auto not_fasting = person(Sex::Female);
    not_fasting.fasting = false;
    const std::vector<Case> random = {{7.7, G}, {7.8, O}, {7.9, O}, {11.0, O}, {11.1, R}, {11.2, R}, {7.0, G}};
    check_cases(not_fasting, Measure::Glucose, "glucose", random);
    auto unknown = person();
    unknown.fasting.reset();
    check_cases(unknown, Measure::Glucose, "glucose", random);
}

TEST_CASE("HbA1c: 42 and 48 mmol/mol", "[traffic_lights]") {
    check_cases(person(), Measure::HbA1c, "hba1c", {{41, G}, {42, O}, {43, O}, {47, O}, {48, R}, {49, R}});
}

TEST_CASE("total cholesterol: < 5.0 green, 5.0-8.0 orange, > 8.0 red", "[traffic_lights]") {
    check_cases(person(), Measure::TotalCholesterol, "total_cholesterol",
                {{4.9, G}, {5.0, O}, {5.1, O}, {7.9, O}, {8.0, O}, {8.1, R}, {8.04, O}, {8.06, R}});
}

TEST_CASE("LDL: < 3.0 green, 3.0-4.9 orange, > 4.9 red", "[traffic_lights]") {
    check_cases(person(), Measure::Ldl, "ldl", {{2.9, G}, {3.0, O}, {3.1, O}, {4.8, O}, {4.9, O}, {5.0, R}});
}

TEST_CASE("HDL: men 1.0, women 1.2, no sex, no colour", "[traffic_lights]") {
    check_cases(person(Sex::Male), Measure::Hdl, "hdl", {{0.9, O}, {1.0, G}, {1.1, G}});
    check_cases(person(Sex::Female), Measure::Hdl, "hdl", {{1.1, O}, {1.2, G}, {1.3, G}});
    auto nobody = person();
    nobody.sex.reset();
    nobody.values[Measure::Hdl] = 1.1;
    CHECK(gc::assess(gc::test::shipped_ruleset(), nobody).light("hdl") == nullptr);
}

TEST_CASE("TC/HDL ratio: 5 and 8, computed from the displayed values", "[traffic_lights]") {
    auto in = person();
    in.values[Measure::Hdl] = 1.0;
    check_cases(in, Measure::TotalCholesterol, "tc_hdl_ratio",
                {{4.9, G}, {5.0, O}, {5.1, O}, {7.9, O}, {8.0, R}, {8.1, R}});
    in.values = {{Measure::TotalCholesterol, 5.5}, {Measure::Hdl, 1.3}};
    const auto a = gc::assess(gc::test::shipped_ruleset(), in);
    CHECK(a.light("tc_hdl_ratio")->display == "4.2");
    in.values = {{Measure::TotalCholesterol, 5.5}};
    CHECK(gc::assess(gc::test::shipped_ruleset(), in).light("tc_hdl_ratio") == nullptr);
}

TEST_CASE("BMI: WHO 18.5/25/30, and the WHO 2004 Asian 23/27.5 for South-Asian and other Asian", "[traffic_lights]") {
    for (Sex sex : {Sex::Male, Sex::Female}) {
        for (OriginGroup o : kEuropeanData) {
            check_cases(person(sex, 50, o), Measure::Bmi, "bmi",
                        {{18.4, O}, {18.5, G}, {18.6, G}, {24.9, G}, {25.0, O}, {25.1, O}, {29.9, O}, {30.0, R}, {30.1, R}});
        }
        for (OriginGroup o : kAsian) {
            check_cases(person(sex, 50, o), Measure::Bmi, "bmi",
                        {{18.4, O}, {18.5, G}, {18.6, G}, {22.9, G}, {23.0, O}, {23.1, O}, {27.4, O}, {27.5, R}, {27.6, R}});
        }
    }
}

TEST_CASE("BMI is derived from weight and height when not given", "[traffic_lights]") {
    auto in = person();
    in.values = {{Measure::Weight, 80.0}, {Measure::Height, 175.0}};
    const auto a = gc::assess(gc::test::shipped_ruleset(), in);
    CHECK(light_of(a, "bmi").display == "26.1");
    CHECK(light_of(a, "bmi").colour == O);
    CHECK(light_of(a, "bmi").range == "18.5-24.9");
    in.values = {{Measure::Weight, 80.0}};
    CHECK(gc::assess(gc::test::shipped_ruleset(), in).light("bmi") == nullptr);
}

TEST_CASE("waist (IDF): men 94/102 (South-Asian and other Asian 90/102), women 80/88", "[traffic_lights]") {
    for (OriginGroup o : kEuropeanData) {
        check_cases(person(Sex::Male, 50, o), Measure::Waist, "waist",
                    {{93, G}, {94, O}, {95, O}, {101, O}, {102, R}, {103, R}});
    }
    for (OriginGroup o : kAsian) {
        check_cases(person(Sex::Male, 50, o), Measure::Waist, "waist",
                    {{89, G}, {90, O}, {91, O}, {101, O}, {102, R}, {103, R}});
    }
    for (OriginGroup o : kAllOrigins) {
        check_cases(person(Sex::Female, 50, o), Measure::Waist, "waist",
                    {{79, G}, {80, O}, {81, O}, {87, O}, {88, R}, {89, R}});
    }
    check_cases(person(Sex::Male), Measure::Waist, "waist", {{93.4, G}, {93.5, O}});
    auto nobody = person();
    nobody.sex.reset();
    nobody.values[Measure::Waist] = 100;
    CHECK(gc::assess(gc::test::shipped_ruleset(), nobody).light("waist") == nullptr);
}

TEST_CASE("body fat % (Gallagher) by sex and age, 80+ uses 60-79, under 20 no colour", "[traffic_lights]") {
    struct Row {
        Sex sex;
        std::vector<int> ages;
        double low, healthy_to, over_to;  // orange < low <= green < healthy_to <= orange < over_to <= red
    };
    const std::vector<Row> rows = {
        {Sex::Female, {20, 39}, 21, 33, 39}, {Sex::Female, {40, 59}, 23, 34, 40}, {Sex::Female, {60, 79, 85}, 24, 36, 42},
        {Sex::Male, {20, 39}, 8, 20, 25},    {Sex::Male, {40, 59}, 11, 22, 28},    {Sex::Male, {60, 79, 85}, 13, 25, 30},
    };
    for (const Row& row : rows) {
        for (int age : row.ages) {
            check_cases(person(row.sex, age), Measure::BodyFatPercent, "body_fat_percent",
                        {{row.low - 0.1, O}, {row.low, G}, {row.low + 0.1, G},
                         {row.healthy_to - 0.1, G}, {row.healthy_to, O}, {row.healthy_to + 0.1, O},
                         {row.over_to - 0.1, O}, {row.over_to, R}, {row.over_to + 0.1, R}});
        }
    }
    auto young = person(Sex::Female, 19);
    young.values[Measure::BodyFatPercent] = 30;
    CHECK(gc::assess(gc::test::shipped_ruleset(), young).light("body_fat_percent") == nullptr);
}

TEST_CASE("visceral fat per device scale, no scale, no colour", "[traffic_lights]") {
    auto in = person();
    in.visceral_fat_scale = "tanita";
    check_cases(in, Measure::VisceralFat, "visceral_fat", {{11, G}, {12, G}, {13, O}, {14, O}, {59, O}});
    in.visceral_fat_scale = "inbody";
    check_cases(in, Measure::VisceralFat, "visceral_fat", {{9, G}, {10, O}, {11, O}});
    in.visceral_fat_scale = "omron";
    check_cases(in, Measure::VisceralFat, "visceral_fat",
                {{9.5, G}, {10.0, O}, {10.5, O}, {14.5, O}, {15.0, R}, {15.5, R}});
    in.visceral_fat_scale.clear();
    in.values[Measure::VisceralFat] = 13;
    CHECK(gc::assess(gc::test::shipped_ruleset(), in).light("visceral_fat") == nullptr);
}

TEST_CASE("each light carries its meaning, range, source and the ruleset id", "[traffic_lights]") {
    auto in = person();
    in.values = {{Measure::Systolic, 185}, {Measure::Diastolic, 95}, {Measure::Glucose, 5.0}};
    const auto a = gc::assess(gc::test::shipped_ruleset(), in);
    CHECK(a.ruleset_id == "nl-groepsconsult-2026");
    CHECK_FALSE(a.ruleset_version.empty());
    REQUIRE(a.lights.size() == 2);
    const auto& bp = light_of(a, "blood_pressure");
    CHECK(std::string(bp.meaning).find("huisarts") != std::string::npos);
    CHECK(bp.source.find("ESC/ESH 2018") != std::string::npos);
    CHECK(bp.source.find("2018") != std::string::npos);
    CHECK(light_of(a, "glucose").range == "< 7.8");
    CHECK(std::string(gc::light_word(Light::Orange)) == "Let op");
    for (const auto& l : a.lights) {
        CHECK(l.meaning != nullptr);
        CHECK_FALSE(l.source.empty());
    }
}

// Structural: at every boundary of every rule, the value just below, on and just above (one
// display step apart) lands in the bands the boundary's inclusive end says.
TEST_CASE("every boundary of every shipped rule splits exactly at the display step", "[traffic_lights]") {
    const gc::Ruleset& rules = gc::test::shipped_ruleset();
    REQUIRE(rules.rules().size() >= 20);
    for (const gc::Rule& rule : rules.rules()) {
        const double step = std::pow(10.0, -rule.decimals);
        for (std::size_t i = 0; i + 1 < rule.bands.size(); ++i) {
            const gc::Bound& edge = *rule.bands[i].upper;
            INFO(rule.key << " (" << rule.input << ", line " << rule.line << ") boundary " << edge.value);
            CHECK(&rule.classify(gc::round_to(edge.value - step, rule.decimals)) == &rule.bands[i]);
            CHECK(&rule.classify(edge.value) == &rule.bands[edge.inclusive ? i : i + 1]);
            CHECK(&rule.classify(gc::round_to(edge.value + step, rule.decimals)) == &rule.bands[i + 1]);
        }
    }
}
