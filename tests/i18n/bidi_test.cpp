#include <catch2/catch.hpp>

#include "i18n/bidi.hpp"

using gc::i18n::BaseDirection;
using gc::i18n::visual_line;

namespace {

bool contains(const std::string& text, const char* part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("Arabic letters take their joining forms and come out in visual order") {
    // Drawn left to right, so the first letter of the word comes last.
    CHECK(visual_line("سلم") == "\uFEE2\uFEE0\uFEB3");  // seen initial, lam medial, meem final
    CHECK(visual_line("باب") == "\uFE8F\uFE8E\uFE91");  // beh initial, alef final, beh isolated
}

TEST_CASE("lam + alef becomes one ligature and leaves no U+FEFF filler") {
    CHECK(visual_line("لا") == "\uFEFB");  // isolated lam-alef
    // السلام: alef isolated, lam initial, seen medial, lam-alef final, meem isolated.
    const std::string peace = visual_line("السلام");
    CHECK(peace == "\uFEE1\uFEFC\uFEB4\uFEDF\uFE8D");
    CHECK_FALSE(contains(peace, "\uFEFF"));
}

TEST_CASE("numbers and Latin stay left to right inside an Arabic line") {
    const std::string line = visual_line("ضغط الدم 120/80 mmHg");
    INFO(line);
    // Read from the right: the words, then 120/80, then mmHg; each run itself left to right.
    CHECK(line.rfind("mmHg 120/80 ", 0) == 0);
    CHECK(line.substr(12) == visual_line("ضغط الدم"));
    CHECK(contains(visual_line("السكر 5.4"), "5.4"));
}

TEST_CASE("brackets are mirrored in right-to-left text") {
    const std::string line = visual_line("(نعم)");
    CHECK(line.front() == '(');
    CHECK(line.back() == ')');
}

TEST_CASE("invisible marks are removed, ill-formed UTF-8 is replaced, empty stays empty") {
    CHECK(visual_line("") == "");
    CHECK_FALSE(contains(visual_line("\u200Fنعم\u200E"), "\u200F"));
    CHECK_FALSE(contains(visual_line("\u2067نعم\u2069"), "\u2067"));
    CHECK(contains(visual_line("ab\xff"), "\uFFFD"));
}

TEST_CASE("Latin text keeps its order with automatic direction") {
    CHECK(visual_line("Goed gedaan, 5,4 mmol/l", BaseDirection::Auto) == "Goed gedaan, 5,4 mmol/l");
    CHECK(visual_line("Türkçe: ığüşöç İ", BaseDirection::Auto) == "Türkçe: ığüşöç İ");
}

TEST_CASE("a left-to-right line loses its isolate marks, which the UI font would draw as '?'") {
    using gc::i18n::without_bidi_marks;
    CHECK(without_bidi_marks("Meting \u20662 / 3\u2069") == "Meting 2 / 3");
    CHECK(without_bidi_marks("\u2066152/94\u2069 \u00b7 \u2066142/88\u2069") == "152/94 \u00b7 142/88");
    CHECK(without_bidi_marks("Çok iyi, ąę") == "Çok iyi, ąę");  // other letters untouched
    CHECK(without_bidi_marks("").empty());
}
