#pragma once
// SCORE2 (age 40-69) and SCORE2-OP (age 70-89): 10-year risk of fatal and non-fatal
// cardiovascular disease, recalibrated to an ESC risk region (the Netherlands: low).
// Equations: the model authors' Stata code (skkceu/stata score2risk.ado, score2oprisk.ado;
// Kaptoge, Pennells, Hageman); coefficients as published (clinical.md 2.2-2.4, score2.cpp).
// Diabetes is not an input: SCORE2 is not used for people with diabetes (SCORE2-Diabetes is).
#include "core/person.hpp"

#include <optional>
#include <string_view>

namespace gc {

enum class RiskRegion { Low, Moderate, High, VeryHigh };
std::optional<RiskRegion> risk_region_from_name(std::string_view name);  // "low", "very_high", ...

struct Score2Inputs {
    Sex sex = Sex::Male;
    double age = 0;          // years
    bool smoker = false;     // current smoker
    double systolic = 0;     // mmHg
    double total_cholesterol = 0;  // mmol/L
    double hdl = 0;          // mmol/L
};

inline constexpr int kScore2MinAge = 40;
inline constexpr int kScore2OpMinAge = 70;
inline constexpr int kScore2OpMaxAge = 89;

// 10-year risk in % (unrounded). score2 for 40-69, score2_op for 70-89; the caller checks age.
double score2_risk_percent(const Score2Inputs& in, RiskRegion region);
double score2_op_risk_percent(const Score2Inputs& in, RiskRegion region);

// SCORE2 "risk age" (score2risk.ado, low region, reference profile variant 1: non-smoker,
// SBP 135, non-HDL 3.4): the age of someone with that profile and the same risk.
double score2_risk_age(Sex sex, double risk_percent);
double score2_op_risk_age(Sex sex, double risk_percent);

}  // namespace gc
