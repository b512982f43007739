#pragma once
// FINDRISC, the Finnish Diabetes Risk Score (Lindstrom & Tuomilehto, Diabetes Care 2003;26:725):
// 8 items, 0-26 points, 10-year risk of type 2 diabetes. Categories: international (Lindstrom
// Table 4) and the Dutch validation (Alssema et al., NTvG 2008;152:2418: <7, 7-9, >=10), which
// also gives the proposed colour (clinical.md 4.1). Printed ranges ("25-30", "94-102") are read
// as inclusive; BMI and waist are rounded as displayed (1 and 0 decimals) before scoring.
#include "core/assessment.hpp"

#include <string>

namespace gc {

enum class FamilyDiabetes {
    None,
    Extended,  // grandparent, aunt, uncle, first cousin
    Close,     // parent, brother, sister, own child
};

struct FindriscAnswers {
    Sex sex = Sex::Male;
    int age = 0;
    double bmi = 0;
    double waist_cm = 0;
    bool active_30_min_daily = false;
    bool vegetables_fruit_daily = false;
    bool ever_bp_medication = false;
    bool ever_high_glucose = false;
    FamilyDiabetes family = FamilyDiabetes::None;
};

struct FindriscResult {
    int points = 0;
    std::string category;        // "low" | "slightly_elevated" | "moderate" | "high" | "very_high"
    std::string dutch_category;  // "low" | "slightly_increased" | "increased" (Alssema 2008)
    Light colour = Light::Green;
};

FindriscResult findrisc(const FindriscAnswers& a);

}  // namespace gc
