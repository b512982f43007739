#include <catch2/catch.hpp>

#include "i18n/format.hpp"

using gc::i18n::format_date;
using gc::i18n::format_decimal;
using gc::i18n::Language;

namespace {

const Language kNl{"nl", "Nederlands", "nl_NL", "nl", false};
const Language kEn{"en", "English", "en_GB", "en-gb", false};
const Language kTr{"tr", "Türkçe", "tr_TR", "tr", false};
const Language kAr{"ar", "العربية", "ar", "ar", true};
const Language kPl{"pl", "Polski", "pl_PL", "pl", false};

bool has_arabic_indic_digit(const std::string& s) {
    // U+0660..0669 are D9 A0..D9 A9 in UTF-8; U+06F0..06F9 are DB B0..DB B9.
    for (std::size_t i = 0; i + 1 < s.size(); ++i) {
        const auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
        if ((a == 0xD9 && b >= 0xA0 && b <= 0xA9) || (a == 0xDB && b >= 0xB0 && b <= 0xB9)) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("decimal sign per language, Arabic measurements with Western digits") {
    const std::pair<const Language*, const char*> expected[] = {
        {&kNl, "5,4"}, {&kEn, "5.4"}, {&kTr, "5,4"}, {&kPl, "5,4"}, {&kAr, "5.4"}};
    for (const auto& [language, text] : expected) {
        INFO(language->code);
        CHECK(format_decimal(5.4, 1, *language) == text);
    }
    CHECK_FALSE(has_arabic_indic_digit(format_decimal(1234567.89, 2, kAr)));
}

TEST_CASE("exactly the requested decimals, half-up, no grouping") {
    CHECK(format_decimal(120.0, 0, kNl) == "120");
    CHECK(format_decimal(5.0, 1, kNl) == "5,0");
    CHECK(format_decimal(2.25, 1, kNl) == "2,3");
    CHECK(format_decimal(5.45, 1, kEn) == "5.5");
    CHECK(format_decimal(0.04, 1, kNl) == "0,0");
    CHECK(format_decimal(1234.5, 1, kNl) == "1234,5");
    CHECK(format_decimal(1234.5, 1, kEn) == "1234.5");
    CHECK(format_decimal(-1.5, 1, kAr) == "-1.5");  // no invisible bidi marks for the UI font
    CHECK(format_decimal(7.0, -1, kNl) == "7");
}

TEST_CASE("dates written out in each language") {
    const std::pair<const Language*, const char*> expected[] = {
        {&kNl, "3 januari 2027"}, {&kEn, "3 January 2027"}, {&kTr, "3 Ocak 2027"}, {&kPl, "3 stycznia 2027"}};
    for (const auto& [language, text] : expected) {
        INFO(language->code);
        CHECK(format_date(2027, 1, 3, *language) == text);
    }
    const std::string arabic = format_date(2027, 1, 3, kAr);
    CHECK_THAT(arabic, Catch::Contains("يناير") && Catch::Contains("2027") && Catch::Contains("3"));
    CHECK_FALSE(has_arabic_indic_digit(arabic));
    CHECK_THAT(arabic, !Catch::Contains("\u200F"));
    CHECK(format_date(2028, 2, 29, kNl) == "29 februari 2028");
}

TEST_CASE("an impossible date is refused") {
    CHECK_THROWS_AS(format_date(2027, 2, 29, kNl), std::invalid_argument);
    CHECK_THROWS_AS(format_date(2027, 13, 1, kNl), std::invalid_argument);
    CHECK_THROWS_WITH(format_date(2027, 4, 31, kNl), Catch::Contains("2027-4-31"));
}

TEST_CASE("a stored date written out, and what is no date kept as stored") {
    CHECK(gc::i18n::format_iso_date("2027-01-03", kNl) == "3 januari 2027");
    CHECK(gc::i18n::format_iso_date("2027-01-03", kTr) == "3 Ocak 2027");
    CHECK(gc::i18n::format_iso_date("2027-02-29", kNl) == "2027-02-29");
    CHECK(gc::i18n::format_iso_date("later", kNl) == "later");
}
