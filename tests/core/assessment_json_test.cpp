// The `groepsconsult assess` JSON contract (issue 4): input parsing with its error paths, output shape.
#include "core/assessment_json.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <string>

using nlohmann::json;

namespace {

const std::string kExample = R"({"sex":"male","age":50,"smoker":true,"diabetes":false,"fasting":false,
  "origin":"europid","measurements":{"systolic":140,"diastolic":85,"pulse":72,"weight":80.0,"height":175.0,
  "waist":96.0,"glucose":6.0,"hba1c":40,"total_cholesterol":5.5,"hdl":1.3,"ldl":3.2,"body_fat_percent":25.0}})";

json assess_json(const std::string& input) {
    return json::parse(gc::assessment_to_json(gc::assess(gc::test::shipped_ruleset(), gc::assessment_input_from_json(input))));
}

void require_bad(const std::string& input, const std::string& words) {
    INFO("input: " << input);
    CHECK_THROWS_WITH(gc::assessment_input_from_json(input), Catch::Contains(words));
}

}  // namespace

TEST_CASE("the example of the issue gives the contract's output", "[assess_json]") {
    const json out = assess_json(kExample);
    CHECK(out["ruleset"] == "nl-groepsconsult-2026");
    const json& lights = out["lights"];
    CHECK(lights.size() == 11);
    CHECK(lights["blood_pressure"] == json({{"value", "140/85"}, {"colour", "orange"}, {"urgent", false}}));
    CHECK(lights["pulse"]["value"] == 72);
    CHECK(lights["pulse"]["value"].is_number_integer());
    CHECK(lights["glucose"]["value"] == 6.0);
    CHECK(lights["glucose"]["colour"] == "green");
    CHECK(lights["tc_hdl_ratio"]["value"] == 4.2);
    CHECK(lights["bmi"]["value"] == 26.1);
    CHECK(lights["bmi"]["colour"] == "orange");
    CHECK(lights["waist"]["colour"] == "orange");
    CHECK(lights["body_fat_percent"]["colour"] == "orange");
    CHECK(out["score2"] == json({{"model", "SCORE2"}, {"risk_percent", 5.91}, {"category", "high"}}));
    CHECK(out["score2_reason"].is_null());
    CHECK(out["heart_age"] == json({{"years", 62.7}, {"method", "score2"}}));
}

TEST_CASE("absent measurements give no light, null score2 comes with a reason", "[assess_json]") {
    const json out = assess_json(R"({"sex":"female","age":30,"measurements":{"glucose":7.0}})");
    CHECK(out["lights"].size() == 1);
    CHECK(out["lights"]["glucose"]["colour"] == "green");  // fasting unknown: non-fasting rule
    CHECK(out["score2"].is_null());
    CHECK(out["score2_reason"].is_string());
    CHECK(out["heart_age"].is_null());
    const json fasting = assess_json(R"({"fasting":true,"measurements":{"glucose":7.0}})");
    CHECK(fasting["lights"]["glucose"]["colour"] == "red");
    const json urgent = assess_json(R"({"measurements":{"systolic":185,"diastolic":95}})");
    CHECK(urgent["lights"]["blood_pressure"]["urgent"] == true);
    CHECK(assess_json("{}")["lights"].empty());
}

TEST_CASE("optional context fields are read", "[assess_json]") {
    auto in = gc::assessment_input_from_json(
        R"({"origin":"south_asian","known_cvd":true,"bp_medication":true,"lipid_medication":false,
            "visceral_fat_scale":"tanita","fasting":null,"sex":null,"measurements":{"visceral_fat":13,"ldl":null}})");
    CHECK(in.origin == gc::OriginGroup::SouthAsian);
    CHECK(in.known_cvd);
    CHECK(in.bp_medication);
    CHECK_FALSE(in.lipid_medication);
    CHECK(in.visceral_fat_scale == "tanita");
    CHECK_FALSE(in.fasting);
    CHECK_FALSE(in.sex);
    CHECK(in.values.size() == 1);
    CHECK(in.values.at(gc::Measure::VisceralFat) == 13);
    CHECK(gc::assessment_input_from_json(R"({"age":50.0})").age == 50);
}

TEST_CASE("bad input is a clear error naming the field", "[assess_json]") {
    require_bad("", "not valid JSON");
    require_bad("{\"sex\":\"male\",", "not valid JSON");
    require_bad("[1,2]", "one JSON object");
    require_bad(R"({"measurements":{"weight":-80.0}})", "'weight' must not be negative");
    require_bad(R"({"measurements":{"weight":0}})", "'weight' must be greater than 0");
    require_bad(R"({"measurements":{"systolic":"140"}})", "'systolic' must be a number");
    require_bad(R"({"measurements":{"cholesterol":5.5}})", "unknown measurement 'cholesterol'");
    require_bad(R"({"measurements":[140,85]})", "'measurements' must be an object");
    require_bad(R"({"age":"50"})", "'age' must be a whole number");
    require_bad(R"({"age":50.5})", "'age' must be a whole number");
    require_bad(R"({"age":-1})", "'age' must be between 0 and 130");
    require_bad(R"({"smoker":"yes"})", "'smoker' must be true or false");
    require_bad(R"({"diabetes":1})", "'diabetes' must be true or false");
    require_bad(R"({"fasting":"no"})", "'fasting' must be true or false");
    require_bad(R"({"sex":"m"})", "'sex' must be \"male\" or \"female\"");
    require_bad(R"({"sex":1})", "'sex' must be a text");
    require_bad(R"({"origin":"dutch"})", "'origin' must be europid");
    require_bad(R"({"smoking":true})", "unknown field 'smoking'");
}
