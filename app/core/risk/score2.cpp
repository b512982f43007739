#include "core/risk/score2.hpp"

#include <cmath>

namespace gc {
namespace {

struct Scales {
    double s1, s2;  // r = 1 - exp(-exp(s1 + s2 * ln(-ln(1 - r0))))
};

struct RegionScales {
    Scales men, women;
};

// Index by RiskRegion. SCORE2 low region: full precision from score2risk.ado.
constexpr RegionScales kScore2Scales[] = {
    {{-0.569857, 0.747593}, {-0.737966, 0.701868}},  // low
    {{-0.1565, 0.8009}, {-0.3143, 0.7701}},          // moderate
    {{0.3207, 0.9360}, {0.5710, 0.9369}},            // high
    {{0.5836, 0.8294}, {0.9412, 0.8329}},            // very high
};

constexpr RegionScales kScore2OpScales[] = {
    {{-0.34, 1.19}, {-0.52, 1.01}},                  // low (published-rounded, see below)
    {{0.01, 1.25}, {-0.10, 1.10}},                   // moderate
    {{0.08, 1.15}, {0.38, 1.09}},                    // high
    {{0.05, 0.70}, {0.38, 0.69}},                    // very high
};

// SCORE2 coefficients as published (4 decimals). The diabetes terms are omitted (always 0 here).
struct Score2Coefficients {
    double age, smoke, sbp, tc, hdl, age_smoke, age_sbp, age_tc, age_hdl, s0;
};
constexpr Score2Coefficients kScore2Men = {0.3742, 0.6012, 0.2777, 0.1458, -0.2698,
                                           -0.0755, -0.0255, -0.0281, 0.0426, 0.9605};
constexpr Score2Coefficients kScore2Women = {0.4648, 0.7744, 0.3131, 0.1002, -0.2606,
                                             -0.1088, -0.0277, -0.0226, 0.0613, 0.9776};

// SCORE2-OP: the published-rounded set (SCORE2-OP paper = RiskScorescvd v0.3.1), with its
// rounded low-region scales. Chosen over the authors' full-precision score2oprisk.ado set
// because only this set reproduces the published worked values within 0.5 (man 75, smoker,
// 140/5.5/1.3: 18.6 vs published 19; full precision gives 18.4). Mean LP: women 0.2288 is
// the rounding of the authors' 0.2287676.
struct Score2OpCoefficients {
    double age, smoke, sbp, tc, hdl, age_smoke, age_sbp, age_tc, age_hdl, mean, s0;
};
constexpr Score2OpCoefficients kOpMen = {0.0634, 0.3524, 0.0094, 0.0850, -0.3564, -0.0247,
                                         -0.0005, 0.0073, 0.0091, 0.0929, 0.7576};
constexpr Score2OpCoefficients kOpWomen = {0.0789, 0.4921, 0.0102, 0.0605, -0.3040, -0.0255,
                                           -0.0004, -0.0009, 0.0154, 0.2288, 0.8082};

double recalibrate(double r0, const Scales& s) {
    return 100.0 * (1.0 - std::exp(-std::exp(s.s1 + s.s2 * std::log(-std::log(1.0 - r0)))));
}

const Scales& scales(const RegionScales (&table)[4], RiskRegion region, Sex sex) {
    const RegionScales& r = table[static_cast<int>(region)];
    return sex == Sex::Male ? r.men : r.women;
}

}  // namespace

std::optional<RiskRegion> risk_region_from_name(std::string_view name) {
    if (name == "low") return RiskRegion::Low;
    if (name == "moderate") return RiskRegion::Moderate;
    if (name == "high") return RiskRegion::High;
    if (name == "very_high") return RiskRegion::VeryHigh;
    return std::nullopt;
}

double score2_risk_percent(const Score2Inputs& in, RiskRegion region) {
    const Score2Coefficients& c = in.sex == Sex::Male ? kScore2Men : kScore2Women;
    const double a = (in.age - 60.0) / 5.0;
    const double s = (in.systolic - 120.0) / 20.0;
    const double t = in.total_cholesterol - 6.0;
    const double h = (in.hdl - 1.3) / 0.5;
    const double smoke = in.smoker ? 1.0 : 0.0;
    const double lp = c.age * a + c.smoke * smoke + c.sbp * s + c.tc * t + c.hdl * h +
                      c.age_smoke * a * smoke + c.age_sbp * a * s + c.age_tc * a * t + c.age_hdl * a * h;
    const double r0 = 1.0 - std::pow(c.s0, std::exp(lp));
    return recalibrate(r0, scales(kScore2Scales, region, in.sex));
}

double score2_op_risk_percent(const Score2Inputs& in, RiskRegion region) {
    const Score2OpCoefficients& c = in.sex == Sex::Male ? kOpMen : kOpWomen;
    const double a = in.age - 73.0;
    const double s = in.systolic - 150.0;
    const double t = in.total_cholesterol - 6.0;
    const double h = in.hdl - 1.4;
    const double smoke = in.smoker ? 1.0 : 0.0;
    const double lp = c.age * a + c.smoke * smoke + c.sbp * s + c.tc * t + c.hdl * h +
                      c.age_smoke * a * smoke + c.age_sbp * a * s + c.age_tc * a * t + c.age_hdl * a * h;
    const double r0 = 1.0 - std::pow(c.s0, std::exp(lp - c.mean));
    return recalibrate(r0, scales(kScore2OpScales, region, in.sex));
}

double score2_risk_age(Sex sex, double r) {
    return sex == Sex::Male ? 31.8020 + 17.0321 * std::log(r) + 0.1062 * r
                            : 42.2955 + 14.4114 * std::log(r) + 0.0885 * r;
}

double score2_op_risk_age(Sex sex, double r) {
    return sex == Sex::Male ? 39.9846 + 13.8987 * std::log(r) + 0.0910 * r
                            : 49.8338 + 11.2458 * std::log(r) + 0.0747 * r;
}

}  // namespace gc
