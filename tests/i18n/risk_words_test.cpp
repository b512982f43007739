// The risk and heart age in words (i18n/risk_words.hpp), as the summary screen and the sheet say them.
#include "i18n/i18n.hpp"
#include "i18n/risk_words.hpp"

#include <catch2/catch.hpp>

using namespace gc;

namespace {

Assessment with_score2(double percent) {
    Assessment a;
    a.score2 = Score2Result{"SCORE2", percent, "high", Light::Orange, "SCORE2 low risk region"};
    a.heart_age = HeartAge{58.4, "score2", false};
    return a;
}

}  // namespace

TEST_CASE("risk in words: whole people out of 100 with the Dutch plural, heart age in whole years") {
    const auto dutch = i18n::dutch_translator();
    CHECK(i18n::risk_words(with_score2(6.37), dutch) ==
          "Van 100 mensen zoals u krijgen er ongeveer 6 binnen 10 jaar hart- of vaatziekte. "
          "Uw hart en bloedvaten zijn ongeveer 58 jaar oud.");
    CHECK(i18n::risk_sentence(with_score2(0.6), dutch) ==
          "Van 100 mensen zoals u krijgt er ongeveer 1 binnen 10 jaar hart- of vaatziekte.");
    // the GP sees the unrounded figures and which model gave them
    CHECK(i18n::risk_method_nl(with_score2(6.37)) == "SCORE2 · 6,37 %");
    CHECK(i18n::heart_age_method_nl(with_score2(6.37)) == "58,4 · SCORE2");
}

TEST_CASE("no estimate: the reason, and a Framingham BMI heart age (capped) where SCORE2 cannot be used") {
    const auto dutch = i18n::dutch_translator();
    Assessment a;
    a.score2_reason = N_("Niet berekend: uw cholesterol (totaal en HDL) is niet gemeten.");
    CHECK(i18n::risk_words(a, dutch) == "Niet berekend: uw cholesterol (totaal en HDL) is niet gemeten.");
    CHECK(i18n::risk_method_nl(a).empty());
    CHECK(i18n::heart_age_method_nl(a).empty());
    a.heart_age = HeartAge{80.0, "framingham", true};
    CHECK(i18n::risk_words(a, dutch) ==
          "Niet berekend: uw cholesterol (totaal en HDL) is niet gemeten. Uw hart en bloedvaten zijn ouder dan 80 jaar.");
    CHECK(i18n::heart_age_method_nl(a) == "> 80,0 · Framingham BMI");
    CHECK(i18n::risk_words(Assessment{}, dutch).empty());
}
