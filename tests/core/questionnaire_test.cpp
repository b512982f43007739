#include "core/flow/circuit.hpp"
#include "core/questionnaire/scoring.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace gc;

namespace {

std::string asset_text(const std::string& relative) {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/" + relative);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

Questionnaire shipped(const std::string& name) {
    const std::string file = "questionnaires/" + name + ".toml";
    return parse_questionnaire(asset_text(file), file);
}

const std::string kMinimal = "title = 't'\n"                  // line 1
                             "scoring = 'none'\n"             // 2
                             "[[item]]\n"                     // 3
                             "id = 'a'\n"                     // 4
                             "text = 'x'\n"                   // 5
                             "  [[item.option]]\n"            // 6
                             "  id = 'yes'\n"                 // 7
                             "  label = 'Ja'\n"               // 8
                             "  pictogram = 'check'\n"        // 9
                             "  [[item.option]]\n"            // 10
                             "  id = 'no'\n"                  // 11
                             "  label = 'Nee'\n"              // 12
                             "  pictogram = 'cross'\n";       // 13

}  // namespace

TEST_CASE("the shipped questionnaires load with their scoring", "[questionnaire]") {
    CHECK(shipped("findrisc").scoring == Scoring::Findrisc);
    CHECK(shipped("loneliness").scoring == Scoring::DeJongGierveld6);
    CHECK(shipped("loneliness").items.size() == 6);
    const Questionnaire ph = shipped("positive_health");
    CHECK(ph.scoring == Scoring::PositiveHealth);
    REQUIRE(ph.items.size() == 6);
    for (const auto& item : ph.items) {
        CHECK(item.kind == ItemKind::Scale);
        REQUIRE(item.options.size() == 11);
        CHECK(item.options.front().id == "0");
        CHECK(item.options.back().id == "10");
    }
    const Questionnaire lifestyle = shipped("lifestyle");
    for (const char* id : {"movement_days", "smoking", "alcohol", "money"}) CHECK(lifestyle.item(id) != nullptr);
    CHECK(shipped("experience").items.size() == 3);
    CHECK(shipped("findrisc").id == "findrisc");
}

TEST_CASE("the circuit's questions station asks the questionnaires after its own questions", "[questionnaire]") {
    Circuit c = parse_circuit(asset_text("stations/circuit.toml"), "stations/circuit.toml");
    std::vector<Questionnaire> loaded;
    for (const char* name : {"lifestyle", "findrisc", "loneliness", "positive_health"}) loaded.push_back(shipped(name));
    attach_questionnaires(c, loaded);
    const Station& s = c.stations.back();
    REQUIRE(s.kind == StationKind::Questions);
    CHECK(s.questions.front().id == "smoker");
    CHECK(s.questions.front().questionnaire.empty());
    // The circuit's own answers carry a pictogram beside the word, like the questionnaires'.
    CHECK(s.questions.front().options.front().pictogram == "check");
    CHECK(s.questions.front().options.back().pictogram == "cross");
    const Question& last = s.questions.back();
    CHECK(last.id == "positive_health.daily_functioning");
    CHECK(last.scale);
    CHECK(last.questionnaire == "positive_health");
    REQUIRE(c.questionnaire("findrisc") != nullptr);

    Circuit missing = parse_circuit(asset_text("stations/circuit.toml"), "stations/circuit.toml");
    REQUIRE_THROWS_WITH(attach_questionnaires(missing, {}), Catch::Contains("no questionnaire 'lifestyle'"));
}

TEST_CASE("a broken questionnaire file is refused with its file and line", "[questionnaire][bad-input]") {
    CHECK_NOTHROW(parse_questionnaire(kMinimal, "q.toml"));
    auto broken = [&](std::string from, std::string to) {
        std::string text = kMinimal;
        text.replace(text.find(from), from.size(), to);
        return text;
    };
    REQUIRE_THROWS_WITH(parse_questionnaire(broken("scoring = 'none'", "scoring = 'magic'"), "q.toml"),
                        Catch::Contains("q.toml:1") && Catch::Contains("unknown scoring 'magic'"));
    REQUIRE_THROWS_WITH(parse_questionnaire(broken("  label = 'Nee'\n", ""), "q.toml"),
                        Catch::Contains("q.toml:10") && Catch::Contains("missing text 'label'"));
    REQUIRE_THROWS_WITH(parse_questionnaire(broken("id = 'no'", "id = 'yes'"), "q.toml"),
                        Catch::Contains("q.toml:10") && Catch::Contains("used twice"));
    REQUIRE_THROWS_WITH(parse_questionnaire(broken("text = 'x'\n", "text = 'x'\nkind = 'slider'\n"), "q.toml"),
                        Catch::Contains("q.toml:3") && Catch::Contains("unknown item kind 'slider'"));
    REQUIRE_THROWS_WITH(parse_questionnaire("title = [", "q.toml"), Catch::Contains("q.toml:1"));
    REQUIRE_THROWS_WITH(parse_questionnaire("title = 't'\n", "q.toml"), Catch::Contains("no [[item]]"));
    // A scoring rule needs its keys and the answers it can count.
    const std::string loneliness = asset_text("questionnaires/loneliness.toml");
    std::string no_social = loneliness;
    no_social.replace(no_social.find("key = \"social_3\""), 16, "key = \"social_9\"");
    REQUIRE_THROWS_WITH(parse_questionnaire(no_social, "questionnaires/loneliness.toml"),
                        Catch::Contains("questionnaires/loneliness.toml:") && Catch::Contains("social_9"));
    std::string wrong_answer = loneliness;
    wrong_answer.replace(wrong_answer.find("id = \"more_or_less\""), 19, "id = \"perhaps\"");
    REQUIRE_THROWS_WITH(parse_questionnaire(wrong_answer, "questionnaires/loneliness.toml"),
                        Catch::Contains("needs an answer with id 'more_or_less'"));
}

TEST_CASE("FINDRISC from the questionnaire: published points and the Dutch cut-offs", "[questionnaire][findrisc]") {
    const Questionnaire q = shipped("findrisc");
    // Lindstrom 2003: age 55-64 = 3, BMI 25-30 = 1, waist (man) 94-102 = 3, not active = 2,
    // no daily vegetables = 1, BP medication = 2, high glucose = 5, parent with diabetes = 5.
    const FindriscMeasured man{Sex::Male, 60, 27.0, 98};
    std::map<std::string, std::string> all_risk{{"activity", "no"},     {"vegetables", "no"},
                                                {"bp_medication", "yes"}, {"high_glucose", "yes"},
                                                {"family", "close"}};
    QuestionnaireScore s = score_questionnaire(q, all_risk, man);
    REQUIRE(s.total);
    CHECK(*s.total == 3 + 1 + 3 + 2 + 1 + 2 + 5 + 5);
    CHECK(s.category == "increased");
    CHECK(s.colour == Light::Red);

    std::map<std::string, std::string> healthy{{"activity", "yes"}, {"vegetables", "yes"}, {"bp_medication", "no"},
                                               {"high_glucose", "no"}, {"family", "none"}};
    // 3 (age) + 1 (BMI) + 3 (waist) = 7: the lowest "slightly increased" score (7-9) in the Dutch validation.
    s = score_questionnaire(q, healthy, man);
    CHECK(*s.total == 7);
    CHECK(s.category == "slightly_increased");
    CHECK(s.colour == Light::Orange);
    s = score_questionnaire(q, healthy, FindriscMeasured{Sex::Female, 40, 22.0, 70});
    CHECK(*s.total == 0);
    CHECK(s.category == "low");
    healthy["family"] = "extended";  // 3 points: 3 + 3 + 3 + 1 = 10, "increased" from 10
    s = score_questionnaire(q, healthy, man);
    CHECK(*s.total == 10);
    CHECK(s.category == "increased");

    // Without an answer, or without the measured values, there is no total (never a guess).
    healthy.erase("family");
    CHECK_FALSE(score_questionnaire(q, healthy, man).total);
    CHECK_FALSE(score_questionnaire(q, all_risk, std::nullopt).total);
}

TEST_CASE("De Jong Gierveld from the questionnaire: 0-6 and its categories", "[questionnaire][loneliness]") {
    const Questionnaire q = shipped("loneliness");
    std::map<std::string, std::string> a{{"emptiness", "no"}, {"miss_people", "no"}, {"rejected", "no"},
                                         {"lean_on", "yes"},  {"trust", "yes"},      {"close", "yes"}};
    QuestionnaireScore s = score_questionnaire(q, a);
    CHECK(*s.total == 0);
    CHECK(s.category == "not_lonely");
    a["emptiness"] = "more_or_less";  // emotional: "more or less" counts 1
    a["trust"] = "no";                // social: "no" counts 1
    s = score_questionnaire(q, a);
    CHECK(*s.total == 2);
    CHECK(s.category == "moderately_lonely");
    CHECK(s.colour == Light::Orange);
    a = {{"emptiness", "yes"}, {"miss_people", "yes"}, {"rejected", "yes"},
         {"lean_on", "more_or_less"}, {"trust", "no"}, {"close", "yes"}};
    s = score_questionnaire(q, a);
    CHECK(*s.total == 5);
    CHECK(s.category == "severely_lonely");
    CHECK(s.colour == Light::Red);
    REQUIRE(s.loneliness);
    CHECK(*s.loneliness->emotional == 3);
    CHECK(*s.loneliness->social == 2);
    // One missing item still gives a total; two do not.
    a.erase("close");
    CHECK(score_questionnaire(q, a).total);
    a.erase("trust");
    CHECK_FALSE(score_questionnaire(q, a).total);
}

TEST_CASE("Positive health grades become the six dimensions, never a colour", "[questionnaire][positive-health]") {
    const Questionnaire q = shipped("positive_health");
    std::map<std::string, std::string> a{{"body_functions", "7"}, {"mental_wellbeing", "4"}, {"meaning", "10"},
                                         {"participation", "0"}};
    QuestionnaireScore s = score_questionnaire(q, a);
    REQUIRE(s.positive_health);
    CHECK(*s.positive_health->scores[0] == 7);
    CHECK(*s.positive_health->scores[1] == 4);
    CHECK(*s.positive_health->scores[2] == 10);
    CHECK_FALSE(s.positive_health->scores[3]);
    CHECK(*s.positive_health->scores[4] == 0);
    CHECK_FALSE(s.colour);
    CHECK_FALSE(s.total);
    a["daily_functioning"] = "11";  // not a grade: stays unanswered
    CHECK_FALSE(score_questionnaire(q, a).positive_health->scores[5]);
}

TEST_CASE("money worries and other flagged answers are marked for the talk", "[questionnaire]") {
    const Questionnaire q = shipped("lifestyle");
    QuestionnaireScore s = score_questionnaire(q, {{"money", "hard"}, {"smoking", "stopped"}, {"alcohol", "none"}});
    CHECK(s.flagged == std::vector<std::string>{"money"});
    CHECK(score_questionnaire(q, {{"money", "neutral"}}).flagged.empty());
    CHECK(answers_for(q, {{"lifestyle.money", "easy"}, {"findrisc.family", "none"}, {"smoker", "no"}}) ==
          std::map<std::string, std::string>{{"money", "easy"}});
}
