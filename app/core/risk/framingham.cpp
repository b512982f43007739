#include "core/risk/framingham.hpp"

#include <cmath>

namespace gc {
namespace {

struct Coefficients {
    double ln_age, ln_bmi, ln_sbp_untreated, ln_sbp_treated, smoker, diabetes, mean, s0;
};
constexpr Coefficients kMen = {3.11296, 0.79277, 1.85508, 1.92672, 0.70953, 0.53160, 23.9388, 0.88431};
constexpr Coefficients kWomen = {2.72107, 0.51125, 2.81291, 2.88267, 0.61868, 0.77763, 26.0145, 0.94833};

constexpr double kNormalBmi = 22.5;
constexpr double kNormalSystolic = 125.0;

const Coefficients& coefficients(Sex s) { return s == Sex::Male ? kMen : kWomen; }

double linear_predictor(const FraminghamInputs& in) {
    const Coefficients& c = coefficients(in.sex);
    return c.ln_age * std::log(in.age) + c.ln_bmi * std::log(in.bmi) +
           (in.bp_treated ? c.ln_sbp_treated : c.ln_sbp_untreated) * std::log(in.systolic) +
           (in.smoker ? c.smoker : 0.0) + (in.diabetes ? c.diabetes : 0.0);
}

}  // namespace

double framingham_risk_percent(const FraminghamInputs& in) {
    const Coefficients& c = coefficients(in.sex);
    return 100.0 * (1.0 - std::pow(c.s0, std::exp(linear_predictor(in) - c.mean)));
}

double framingham_heart_age(const FraminghamInputs& in) {
    const Coefficients& c = coefficients(in.sex);
    const double normal_rest = c.ln_bmi * std::log(kNormalBmi) + c.ln_sbp_untreated * std::log(kNormalSystolic);
    return std::exp((linear_predictor(in) - normal_rest) / c.ln_age);
}

}  // namespace gc
