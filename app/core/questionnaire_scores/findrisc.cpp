#include "core/questionnaire_scores/findrisc.hpp"

#include "core/rules/ruleset.hpp"

namespace gc {
namespace {

int age_points(int age) {
    if (age < 45) return 0;
    if (age <= 54) return 2;
    if (age <= 64) return 3;
    return 4;
}

int bmi_points(double bmi) {
    if (bmi < 25.0) return 0;
    if (bmi <= 30.0) return 1;
    return 3;
}

int waist_points(Sex sex, double waist) {
    const double increased = sex == Sex::Male ? 94 : 80;
    const double high = sex == Sex::Male ? 102 : 88;
    if (waist < increased) return 0;
    if (waist <= high) return 3;
    return 4;
}

int family_points(FamilyDiabetes f) {
    switch (f) {
        case FamilyDiabetes::None: return 0;
        case FamilyDiabetes::Extended: return 3;
        case FamilyDiabetes::Close: return 5;
    }
    return 0;
}

}  // namespace

FindriscResult findrisc(const FindriscAnswers& a) {
    FindriscResult r;
    r.points = age_points(a.age) + bmi_points(round_to(a.bmi, measure_decimals(Measure::Bmi))) +
               waist_points(a.sex, round_to(a.waist_cm, measure_decimals(Measure::Waist))) +
               (a.active_30_min_daily ? 0 : 2) + (a.vegetables_fruit_daily ? 0 : 1) +
               (a.ever_bp_medication ? 2 : 0) + (a.ever_high_glucose ? 5 : 0) + family_points(a.family);
    if (r.points < 7) r.category = "low";
    else if (r.points <= 11) r.category = "slightly_elevated";
    else if (r.points <= 14) r.category = "moderate";
    else if (r.points <= 20) r.category = "high";
    else r.category = "very_high";
    if (r.points < 7) {
        r.dutch_category = "low";
        r.colour = Light::Green;
    } else if (r.points <= 9) {
        r.dutch_category = "slightly_increased";
        r.colour = Light::Orange;
    } else {
        r.dutch_category = "increased";
        r.colour = Light::Red;
    }
    return r;
}

}  // namespace gc
