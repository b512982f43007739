// `groepsconsult assess`: JSON on stdin -> JSON on stdout; bad input -> stderr + exit 2;
// a broken ruleset -> stderr naming file and line + exit 1.
#include "run_cli.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <fstream>

using gc::test::run_cli;
using nlohmann::json;

namespace {
const std::string kExample = R"({"sex":"male","age":50,"smoker":true,"diabetes":false,"fasting":false,
  "origin":"europid","measurements":{"systolic":140,"diastolic":85,"pulse":72,"weight":80.0,"height":175.0,
  "waist":96.0,"glucose":6.0,"hba1c":40,"total_cholesterol":5.5,"hdl":1.3,"ldl":3.2,"body_fat_percent":25.0}})";
}

TEST_CASE("assess: the issue's example on stdin gives the contract's JSON on stdout", "[cli][assess]") {
    const auto r = run_cli("assess", kExample);
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    CHECK(r.err.empty());
    const json out = json::parse(r.out);
    CHECK(out["ruleset"] == "nl-groepsconsult-2026");
    CHECK(out["lights"]["blood_pressure"]["value"] == "140/85");
    CHECK(out["lights"]["blood_pressure"]["colour"] == "orange");
    CHECK(out["lights"]["blood_pressure"]["urgent"] == false);
    CHECK(out["score2"]["model"] == "SCORE2");
    CHECK(out["score2"]["risk_percent"] == 5.91);
    CHECK(out["score2_reason"].is_null());
    CHECK(out["heart_age"]["method"] == "score2");

    const auto woman = run_cli("assess", R"({"sex":"female","age":50,"smoker":true,"diabetes":false,
        "measurements":{"systolic":140,"total_cholesterol":5.5,"hdl":1.3}})");
    REQUIRE(woman.exit_code == 0);
    CHECK(json::parse(woman.out)["score2"]["risk_percent"] == 4.22);
}

TEST_CASE("assess: urgent blood pressure and an excluded person", "[cli][assess]") {
    const auto r = run_cli("assess", R"({"sex":"female","age":60,"smoker":false,"diabetes":true,
        "measurements":{"systolic":182,"diastolic":100}})");
    REQUIRE(r.exit_code == 0);
    const json out = json::parse(r.out);
    CHECK(out["lights"]["blood_pressure"]["colour"] == "red");
    CHECK(out["lights"]["blood_pressure"]["urgent"] == true);
    CHECK(out["score2"].is_null());
    CHECK(out["score2_reason"].get<std::string>().find("diabetes") != std::string::npos);
    CHECK(out["heart_age"].is_null());
}

TEST_CASE("assess: bad input is a clear message on stderr and exit code 2", "[cli][assess]") {
    struct Bad {
        const char* input;
        const char* words;
    };
    for (const Bad& b : {Bad{"this is not json", "not valid JSON"},
                         Bad{R"({"measurements":{"weight":-80.0}})", "'weight' must not be negative"},
                         Bad{R"({"age":"fifty"})", "'age' must be a whole number"},
                         Bad{R"({"smoker":"yes"})", "'smoker' must be true or false"},
                         Bad{R"({"measurements":{"systolic":"140"}})", "'systolic' must be a number"}}) {
        const auto r = run_cli("assess", b.input);
        INFO("input " << b.input << "\nstderr " << r.err);
        CHECK(r.exit_code == 2);
        CHECK(r.out.empty());
        CHECK(r.err.find(b.words) != std::string::npos);
    }
}

TEST_CASE("assess: a broken or missing ruleset stops with the file and line, exit code 1", "[cli][assess]") {
    const std::string path = std::string(GC_TEST_OUTPUT_DIR) + "/broken-ruleset.toml";
    std::ofstream(path) << "[ruleset]\nid = \"x\"\nversion = \"1\"\n\n[[rule]]\nkey = \"k\"\ninput = \"cholesterol\"\n";
    auto r = run_cli("assess --ruleset-file '" + path + "'", kExample);
    INFO(r.err);
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    CHECK(r.err.find(path + ":7: unknown measure 'cholesterol'") != std::string::npos);

    r = run_cli("assess --ruleset no-such-ruleset", kExample);
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no-such-ruleset.toml") != std::string::npos);
}
