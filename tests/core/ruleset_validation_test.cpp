// A ruleset is validated when it is loaded: every mistake is an error naming the file and line.
#include "core/rules/ruleset.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace {

const std::string kHead = R"(
[ruleset]
id = "test"
version = "1"
)";

const std::string kScore2 = R"(
[score2]
region = "low"
source = { guideline = "ESC 2021", table = "categories", year = 2021 }
[[score2.category]]
age_from = 40
high_from = 5.0
very_high_from = 10.0
)";

// A valid rule starting at line 6; each test breaks one thing.
std::string rule(const std::string& input, const std::string& source, const std::string& bands) {
    return "\n[[rule]]\nkey = \"k\"\ninput = \"" + input + "\"\n" + source + "bands = [\n" + bands + "]\n";
}
const std::string kSource = "source = { guideline = \"G\", table = \"T\", year = 2020 }\n";
const std::string kGoodBands = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                               "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";

// Parse and return the error; fails the test when parsing succeeds.
gc::RulesetError error_of(const std::string& text) {
    try {
        gc::Ruleset::parse(text, "rules/test.toml");
    } catch (const gc::RulesetError& e) {
        return e;
    }
    FAIL("ruleset was accepted:\n" << text);
    throw std::logic_error("unreachable");
}

void require_error(const std::string& text, long line, const std::string& words) {
    const gc::RulesetError e = error_of(text);
    INFO(e.what());
    CHECK(e.line() == line);
    CHECK(std::string(e.what()).find("rules/test.toml:" + std::to_string(line) + ": ") == 0);
    CHECK(std::string(e.what()).find(words) != std::string::npos);
}

}  // namespace

TEST_CASE("the shipped ruleset loads and every rule has a source with a year", "[ruleset]") {
    const gc::Ruleset& rules = gc::test::shipped_ruleset();
    CHECK(rules.id() == std::string(gc::kDefaultRulesetId));
    CHECK_FALSE(rules.version().empty());
    for (const gc::Rule& r : rules.rules()) {
        INFO(r.key << " line " << r.line);
        CHECK(r.source.find(", 20") != std::string::npos);
        for (const gc::Band& b : r.bands) CHECK(b.meaning != nullptr);
    }
    const auto keys = rules.keys();
    for (const char* key : {"blood_pressure", "pulse", "glucose", "hba1c", "total_cholesterol", "hdl", "ldl",
                            "tc_hdl_ratio", "bmi", "waist", "body_fat_percent", "visceral_fat"}) {
        CHECK(std::find(keys.begin(), keys.end(), key) != keys.end());
    }
    CHECK(rules.score2().region == "low");
    CHECK(rules.score2().categories.size() == 3);
}

TEST_CASE("a minimal valid ruleset parses", "[ruleset]") {
    const auto rs = gc::Ruleset::parse(kHead + rule("total_cholesterol", kSource, kGoodBands) + kScore2, "t.toml");
    REQUIRE(rs.rules().size() == 1);
    CHECK(rs.rules()[0].line == 6);
    CHECK(rs.rules()[0].decimals == 1);
    CHECK(rs.rules()[0].source == "G, T, 2020");
}

TEST_CASE("ruleset errors name the line: missing source", "[ruleset]") {
    require_error(kHead + rule("total_cholesterol", "", kGoodBands) + kScore2, 6, "no source");
    require_error(kHead + rule("total_cholesterol", "source = { guideline = \"G\", table = \"T\" }\n", kGoodBands) + kScore2,
                  9, "no 'year'");
    require_error(kHead + rule("total_cholesterol", "source = { guideline = \"G\", year = 2020 }\n", kGoodBands) + kScore2,
                  9, "no 'table'");
}

TEST_CASE("ruleset errors name the line: unknown measure", "[ruleset]") {
    require_error(kHead + rule("cholesterol_total", kSource, kGoodBands) + kScore2, 8, "unknown measure 'cholesterol_total'");
}

TEST_CASE("ruleset errors name the line: overlapping and gapped bands", "[ruleset]") {
    const std::string overlap = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                                "  { from = 4.5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, overlap) + kScore2, 12, "overlapping");
    const std::string gap = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                            "  { from = 5.5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, gap) + kScore2, 12, "gap");
    const std::string both_in = "  { upto = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                                "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, both_in) + kScore2, 12, "exactly one band");
    const std::string both_out = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                                 "  { above = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, both_out) + kScore2, 12, "gap");
    const std::string closed_top = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                                   "  { from = 5, below = 8, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, closed_top) + kScore2, 12, "last band");
    const std::string open_bottom_twice = "  { below = 5, colour = \"green\", meaning = \"tc_good\" },\n"
                                          "  { colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, open_bottom_twice) + kScore2, 12, "first band");
}

TEST_CASE("ruleset errors name the line: bad colour, meaning, key, type, TOML syntax", "[ruleset]") {
    const std::string purple = "  { below = 5, colour = \"purple\", meaning = \"tc_good\" },\n"
                               "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, purple) + kScore2, 11, "purple");
    const std::string no_meaning = "  { below = 5, colour = \"green\", meaning = \"tc_fine\" },\n"
                                   "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, no_meaning) + kScore2, 11, "unknown meaning 'tc_fine'");
    const std::string typo = "  { below = 5, colour = \"green\", meaning = \"tc_good\", urgnet = true },\n"
                             "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, typo) + kScore2, 11, "unknown key 'urgnet'");
    const std::string text_bound = "  { below = \"5\", colour = \"green\", meaning = \"tc_good\" },\n"
                                   "  { from = 5, colour = \"orange\", meaning = \"tc_raised\" },\n";
    require_error(kHead + rule("total_cholesterol", kSource, text_bound) + kScore2, 11, "'below' must be a number");
    require_error(kHead + "\n[[rule]]\nkey = \"k\"\ninput = = 3\n", 8, "");
    require_error(kHead + rule("total_cholesterol", kSource, kGoodBands) + "when = { sex = \"man\" }\n" + kScore2, 14,
                  "sex 'man'");
}

TEST_CASE("ruleset errors: header and SCORE2 settings", "[ruleset]") {
    require_error("[ruleset]\nid = \"x\"\n" + rule("pulse", kSource, kGoodBands) + kScore2, 1, "no 'version'");
    require_error(kHead + rule("total_cholesterol", kSource, kGoodBands), 1, "no 'score2'");
    const std::string bad_region = R"(
[score2]
region = "netherlands"
source = { guideline = "ESC 2021", table = "categories", year = 2021 }
[[score2.category]]
age_from = 40
high_from = 5.0
very_high_from = 10.0
)";
    require_error(kHead + rule("total_cholesterol", kSource, kGoodBands) + bad_region, 16, "region");
    const std::string gap = R"(
[score2]
region = "low"
source = { guideline = "ESC 2021", table = "categories", year = 2021 }
[[score2.category]]
age_from = 40
age_below = 50
high_from = 2.5
very_high_from = 7.5
[[score2.category]]
age_from = 55
high_from = 5.0
very_high_from = 10.0
)";
    require_error(kHead + rule("total_cholesterol", kSource, kGoodBands) + gap, 23, "without gap or overlap");
    const std::string from_45 = R"(
[score2]
region = "low"
source = { guideline = "ESC 2021", table = "categories", year = 2021 }
[[score2.category]]
age_from = 45
high_from = 5.0
very_high_from = 10.0
)";
    require_error(kHead + rule("total_cholesterol", kSource, kGoodBands) + from_45, 18, "cover ages 40 to 89");
}
