#pragma once
// Framingham office-based (BMI) general CVD model, D'Agostino et al., Circulation 2008;117:743
// (coefficients as in vcastro/CVrisk frs_simple_coef; clinical.md 3a). Used only for the heart
// age fallback when no lipids were measured. US cohort: absolute risk overestimates NL risk.
#include "core/person.hpp"

namespace gc {

struct FraminghamInputs {
    Sex sex = Sex::Male;
    double age = 0;  // valid 30-74
    double bmi = 0;
    double systolic = 0;
    bool bp_treated = false;
    bool smoker = false;
    bool diabetes = false;
};

inline constexpr int kFraminghamMinAge = 30;
inline constexpr int kFraminghamMaxAge = 74;

double framingham_risk_percent(const FraminghamInputs& in);
// Age at which someone with a normal profile (SBP 125 untreated, BMI 22.5, no smoking, no
// diabetes) has the same risk. Closed form because age enters only as ln(age). Uncapped.
double framingham_heart_age(const FraminghamInputs& in);

}  // namespace gc
