#include "core/assessment.hpp"

#include "core/risk/framingham.hpp"
#include "core/risk/score2.hpp"
#include "core/rules/ruleset.hpp"
#include "core/translatable.hpp"

#include <algorithm>
#include <cmath>

namespace gc {

std::string_view light_name(Light l) {
    switch (l) {
        case Light::Green: return "green";
        case Light::Orange: return "orange";
        case Light::Red: return "red";
    }
    return "red";
}

const char* light_word(Light l) {
    switch (l) {
        case Light::Green: return N_("Goed");
        case Light::Orange: return N_("Let op");
        case Light::Red: return N_("Bespreek met de huisarts");
    }
    return N_("Bespreek met de huisarts");
}

bool Assessment::any_urgent() const {
    return std::any_of(lights.begin(), lights.end(), [](const MeasureLight& l) { return l.urgent; });
}

const MeasureLight* Assessment::light(std::string_view key) const {
    for (const MeasureLight& l : lights) {
        if (l.key == key) return &l;
    }
    return nullptr;
}

namespace {

int severity(Light l) { return static_cast<int>(l); }

// Above the green band (raised) rather than below it (low).
bool above_normal(const Rule& rule, const Band& band) {
    auto green = std::find_if(rule.bands.begin(), rule.bands.end(), [](const Band& b) { return b.colour == Light::Green; });
    return green != rule.bands.end() && &band > &*green;
}

// The green band as the sheet prints it. Exclusive ends become inclusive at the display
// resolution ("below 140" at 0 decimals is "90-139"), because values are classified as shown.
std::string reference_range(const Rule& rule) {
    auto green = std::find_if(rule.bands.begin(), rule.bands.end(), [](const Band& b) { return b.colour == Light::Green; });
    if (green == rule.bands.end()) return "";
    const double step = std::pow(10.0, -rule.decimals);
    auto low = [&](const Bound& b) { return round_to(b.inclusive ? b.value : b.value + step, rule.decimals); };
    auto high = [&](const Bound& b) { return round_to(b.inclusive ? b.value : b.value - step, rule.decimals); };
    const int d = rule.decimals;
    if (green->lower && green->upper) return format_fixed(low(*green->lower), d) + "-" + format_fixed(high(*green->upper), d);
    if (green->upper) return (green->upper->inclusive ? "<= " : "< ") + format_fixed(green->upper->value, d);
    if (green->lower) return (green->lower->inclusive ? ">= " : "> ") + format_fixed(green->lower->value, d);
    return "";
}

// Inputs in the order the rules of this key name them (blood pressure: systolic, diastolic).
std::vector<std::string> inputs_of(const Ruleset& rules, const std::string& key) {
    std::vector<std::string> out;
    for (const Rule& r : rules.rules()) {
        if (r.key == key && std::find(out.begin(), out.end(), r.input) == out.end()) out.push_back(r.input);
    }
    return out;
}

std::optional<MeasureLight> light_for(const Ruleset& rules, const std::string& key, const AssessmentInput& in) {
    MeasureLight light;
    light.key = key;
    const Band* worst = nullptr;
    const Rule* worst_rule = nullptr;
    std::vector<std::string> shown, ranges;
    for (const std::string& input : inputs_of(rules, key)) {
        const Rule* rule = rules.select(key, input, in);
        auto value = input_value(input, in);
        // A light needs every part (no blood pressure light from the systolic alone), and a rule
        // that fits the person (no body fat colour under 20, no waist colour without sex).
        if (!rule || !value || !std::isfinite(*value)) return std::nullopt;
        const double rounded = round_to(*value, rule->decimals);
        const Band& band = rule->classify(rounded);
        light.parts.push_back(rounded);
        light.decimals = rule->decimals;
        shown.push_back(format_fixed(rounded, rule->decimals));
        ranges.push_back(reference_range(*rule));
        light.urgent = light.urgent || band.urgent;
        // The worse part decides; on equal colour a raised value speaks before a low one
        // (85/95 is about the raised diastolic, not the low systolic).
        const bool worse = !worst || severity(band.colour) > severity(worst->colour) ||
                           (band.colour == worst->colour && above_normal(*rule, band) && !above_normal(*worst_rule, *worst));
        if (worse) {
            worst = &band;
            worst_rule = rule;
        }
    }
    if (!worst) return std::nullopt;
    auto join = [](const std::vector<std::string>& v, const char* sep) {
        std::string s;
        for (std::size_t i = 0; i < v.size(); ++i) s += (i ? sep : "") + v[i];
        return s;
    };
    light.display = join(shown, "/");
    light.range = join(ranges, " / ");
    light.value = light.parts.front();
    light.colour = worst->colour;
    light.meaning = worst->meaning;
    light.source = worst_rule->source;
    return light;
}

std::optional<double> shown_value(const AssessmentInput& in, Measure m) {
    auto it = in.values.find(m);
    if (it == in.values.end() || !std::isfinite(it->second)) return std::nullopt;
    return round_to(it->second, measure_decimals(m));
}

constexpr const char* kReasonCvd =
    N_("Niet berekend: deze schatting is niet voor mensen die al een hart- of vaatziekte hebben.");
constexpr const char* kReasonDiabetes = N_("Niet berekend: deze schatting is niet voor mensen met diabetes.");
constexpr const char* kReasonMedication =
    N_("Niet berekend: deze schatting is niet voor mensen die medicijnen gebruiken voor bloeddruk of cholesterol.");
constexpr const char* kReasonAge = N_("Niet berekend: deze schatting is alleen voor mensen van 40 tot en met 89 jaar.");
constexpr const char* kReasonNoLipids = N_("Niet berekend: uw cholesterol (totaal en HDL) is niet gemeten.");
constexpr const char* kReasonMissing =
    N_("Niet berekend: we missen uw leeftijd, geslacht, bloeddruk of het antwoord over roken of diabetes.");

struct Score2Check {
    const char* reason = nullptr;  // nullptr: SCORE2 applies
    bool framingham_allowed = false;  // only lipids missing, or too young for SCORE2
    Score2Inputs inputs;
};

Score2Check check_score2(const AssessmentInput& in) {
    Score2Check c;
    auto blocked = [&c](const char* why) {
        c.reason = why;
        return c;
    };
    if (in.known_cvd) return blocked(kReasonCvd);
    if (in.diabetes.value_or(false)) return blocked(kReasonDiabetes);
    if (in.bp_medication || in.lipid_medication) return blocked(kReasonMedication);
    auto sbp = shown_value(in, Measure::Systolic);
    if (!in.sex || !in.age || !in.smoker || !in.diabetes || !sbp) return blocked(kReasonMissing);
    auto tc = shown_value(in, Measure::TotalCholesterol);
    auto hdl = shown_value(in, Measure::Hdl);
    const bool has_lipids = tc && hdl && *hdl > 0 && *tc > 0;
    if (*in.age < kScore2MinAge || *in.age > kScore2OpMaxAge) {
        c.reason = kReasonAge;
        c.framingham_allowed = *in.age < kScore2MinAge;
        return c;
    }
    if (!has_lipids) {
        c.reason = kReasonNoLipids;
        c.framingham_allowed = true;
        return c;
    }
    c.inputs = Score2Inputs{*in.sex, static_cast<double>(*in.age), *in.smoker, *sbp, *tc, *hdl};
    return c;
}

Score2Result score2_result(const Ruleset& rules, const Score2Inputs& s, RiskRegion region) {
    const bool op = s.age >= kScore2OpMinAge;
    Score2Result r;
    r.model = op ? "SCORE2-OP" : "SCORE2";
    r.risk_percent = op ? score2_op_risk_percent(s, region) : score2_risk_percent(s, region);
    r.source = r.model + " (" + rules.score2().region + " risk region); categories: " + rules.score2().category_source;
    r.category = "low_to_moderate";
    r.colour = Light::Green;
    const int age = static_cast<int>(s.age);
    for (const Score2Category& cat : rules.score2().categories) {
        if (age < cat.age_from || (cat.age_below && age >= *cat.age_below)) continue;
        // Classified on the unrounded risk (clinical.md 6); the boundary belongs to the worse category.
        if (r.risk_percent >= cat.very_high_from) {
            r.category = "very_high";
            r.colour = Light::Red;
        } else if (r.risk_percent >= cat.high_from) {
            r.category = "high";
            r.colour = Light::Orange;
        }
        break;
    }
    return r;
}

HeartAge capped(double years, const char* method, double cap) {
    HeartAge h;
    h.method = method;
    h.capped = years > cap;
    h.years = std::min(years, cap);
    return h;
}

}  // namespace

Assessment assess(const Ruleset& rules, const AssessmentInput& in) {
    Assessment a;
    a.ruleset_id = rules.id();
    a.ruleset_version = rules.version();
    for (const std::string& key : rules.keys()) {
        if (auto light = light_for(rules, key, in)) a.lights.push_back(std::move(*light));
    }

    const RiskRegion region = risk_region_from_name(rules.score2().region).value_or(RiskRegion::Low);
    const double cap = rules.score2().heart_age_cap;
    Score2Check check = check_score2(in);
    if (!check.reason) {
        a.score2 = score2_result(rules, check.inputs, region);
        // The risk-age equations exist for the low region only (the Netherlands).
        if (region == RiskRegion::Low) {
            const bool op = a.score2->model == "SCORE2-OP";
            const double r = a.score2->risk_percent;
            a.heart_age = capped(op ? score2_op_risk_age(*in.sex, r) : score2_risk_age(*in.sex, r), "score2", cap);
        }
        return a;
    }
    a.score2_reason = check.reason;
    if (check.framingham_allowed && *in.age >= kFraminghamMinAge && *in.age <= kFraminghamMaxAge) {
        auto bmi = input_value("bmi", in);
        auto sbp = shown_value(in, Measure::Systolic);
        if (bmi && sbp && *bmi > 0 && *sbp > 0) {
            FraminghamInputs f{*in.sex, static_cast<double>(*in.age), round_to(*bmi, measure_decimals(Measure::Bmi)),
                               *sbp, in.bp_medication, *in.smoker, *in.diabetes};
            a.heart_age = capped(framingham_heart_age(f), "framingham", cap);
        }
    }
    return a;
}

}  // namespace gc
