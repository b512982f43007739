#include <catch2/catch.hpp>

#include "i18n/language.hpp"

using gc::i18n::LanguageFileError;
using gc::i18n::parse_languages;

namespace {

const char* const kTwoLanguages = R"(
[[language]]
code = "nl"
native_name = "Nederlands"
rtl = false
voice = "nl"
icu_locale = "nl_NL"

[[language]]
code = "ar"
native_name = "العربية"
rtl = true
voice = "ar"
icu_locale = "ar"
)";

}  // namespace

TEST_CASE("the shipped languages: nl first, five in their own script, only Arabic right-to-left") {
    const auto languages = gc::i18n::load_languages();
    REQUIRE(languages.size() == 5);
    CHECK(languages.front().code == "nl");
    const char* expected[][2] = {{"nl", "Nederlands"}, {"en", "English"}, {"tr", "Türkçe"},
                                 {"ar", "العربية"},     {"pl", "Polski"}};
    for (const auto& [code, name] : expected) {
        const auto* lang = gc::i18n::find_language(languages, code);
        REQUIRE(lang != nullptr);
        CHECK(lang->native_name == name);
        CHECK(lang->rtl == (std::string(code) == "ar"));
        CHECK_FALSE(lang->voice.empty());
        CHECK_FALSE(lang->icu_locale.empty());
    }
    CHECK(gc::i18n::find_language(languages, "de") == nullptr);
}

TEST_CASE("parse_languages keeps file order and reads every field") {
    const auto languages = parse_languages(kTwoLanguages);
    REQUIRE(languages.size() == 2);
    CHECK(languages[1].code == "ar");
    CHECK(languages[1].native_name == "العربية");
    CHECK(languages[1].icu_locale == "ar");
    CHECK(languages[1].voice == "ar");
    CHECK(languages[1].rtl);
    CHECK_FALSE(languages[0].rtl);
}

TEST_CASE("a broken languages file is refused with a message naming the problem") {
    SECTION("TOML syntax error names the line") {
        CHECK_THROWS_WITH(parse_languages("[[language]\ncode = \"nl\""),
                          Catch::Contains("languages.toml") && Catch::Contains("line 1"));
    }
    SECTION("no entries") { CHECK_THROWS_WITH(parse_languages("# empty\n"), Catch::Contains("no [[language]]")); }
    SECTION("missing field names the entry and field") {
        CHECK_THROWS_WITH(parse_languages("[[language]]\ncode = \"nl\"\nnative_name = \"Nederlands\"\nrtl = false\n"
                                          "icu_locale = \"nl_NL\"\n"),
                          Catch::Contains("#1") && Catch::Contains("'voice'"));
    }
    SECTION("empty string counts as missing") {
        CHECK_THROWS_WITH(parse_languages("[[language]]\ncode = \"\"\n"), Catch::Contains("'code'"));
    }
    SECTION("rtl must be a boolean") {
        CHECK_THROWS_WITH(parse_languages("[[language]]\ncode = \"nl\"\nnative_name = \"N\"\nvoice = \"nl\"\n"
                                          "icu_locale = \"nl\"\nrtl = \"no\"\n"),
                          Catch::Contains("rtl"));
    }
    SECTION("duplicate code") {
        const std::string twice = std::string(kTwoLanguages) + "[[language]]\ncode = \"ar\"\nnative_name = \"x\"\n"
                                                               "rtl = true\nvoice = \"ar\"\nicu_locale = \"ar\"\n";
        CHECK_THROWS_WITH(parse_languages(twice), Catch::Contains("'ar' appears twice"));
    }
    SECTION("language must be tables") {
        CHECK_THROWS_AS(parse_languages("language = [1, 2]\n"), LanguageFileError);
    }
}

TEST_CASE("kiosk.toml's languages choose and order the buttons, Dutch always comes first") {
    const auto all = gc::i18n::load_languages();
    const auto codes = [](const std::vector<gc::i18n::Language>& languages) {
        std::vector<std::string> out;
        for (const auto& lang : languages) out.push_back(lang.code);
        return out;
    };
    CHECK(codes(gc::i18n::select_languages(all, {})) == codes(all));
    CHECK(codes(gc::i18n::select_languages(all, {"ar", "tr"})) == std::vector<std::string>{"nl", "ar", "tr"});
    CHECK(codes(gc::i18n::select_languages(all, {"pl", "nl", "pl"})) == std::vector<std::string>{"nl", "pl"});
    CHECK(gc::i18n::select_languages(all, {"ar"}).front().voice == gc::i18n::find_language(all, "nl")->voice);
    CHECK_THROWS_WITH(gc::i18n::select_languages(all, {"en", "de"}), Catch::Contains("'de'"));
}
