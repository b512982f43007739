#pragma once
// The assessment: traffic lights and risk estimates for one visit, computed from measurements by
// a versioned ruleset (assets/rules/<id>.toml). This is the one entry point the UI, the sheet and
// the exports call. Pure: no I/O, no translation (texts are Dutch msgids marked N_()).
#include "core/measure.hpp"
#include "core/person.hpp"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

class Ruleset;  // core/rules/ruleset.hpp: parsed + validated; Ruleset::parse(text, filename)

enum class Light { Green, Orange, Red };
std::string_view light_name(Light l);  // "green" / "orange" / "red" (JSON, exports)
const char* light_word(Light l);       // N_("Goed") / N_("Let op") / N_("Bespreek met de huisarts")

struct AssessmentInput {
    std::optional<Sex> sex;
    std::optional<int> age;  // whole years
    OriginGroup origin = OriginGroup::Unknown;
    std::optional<bool> smoker;    // unknown -> no SCORE2 (missing input)
    std::optional<bool> diabetes;  // unknown -> no SCORE2 (missing input)
    bool known_cvd = false;
    bool bp_medication = false;
    bool lipid_medication = false;
    std::optional<bool> fasting;  // unknown -> the non-fasting glucose rules
    // Which device scale the visceral fat value is on ("tanita", "inbody", "omron"); the
    // visceral fat light is only given when the ruleset has bands for that scale.
    std::string visceral_fat_scale;
    // Canonical units (measure_unit). BMI is derived from weight and height when absent.
    std::map<Measure, double> values;
};

struct MeasureLight {
    std::string key;      // "blood_pressure", "pulse", "glucose", "hba1c", "total_cholesterol",
                          // "hdl", "ldl", "tc_hdl_ratio", "bmi", "waist", "body_fat_percent",
                          // "visceral_fat"
    std::string display;  // value as displayed and classified: "140/85", "5.4" (C locale)
    double value = 0;     // the rounded value (blood pressure: systolic)
    std::vector<double> parts;  // every rounded part (blood pressure: systolic, diastolic)
    int decimals = 0;           // decimals of `display` (and of each part)
    Light colour = Light::Green;
    bool urgent = false;            // the host must be alerted (e.g. BP >= 180/110)
    const char* meaning = nullptr;  // Dutch B1 msgid, one plain sentence for this measure+colour
    std::string range;              // reference (green) range for the sheet, e.g. "90-139 / 60-89"
    std::string source;             // guideline, table and year of the rule that fired
};

struct Score2Result {
    std::string model;  // "SCORE2" (40-69) or "SCORE2-OP" (70-89)
    double risk_percent = 0;  // unrounded 10-year risk of fatal + non-fatal CVD, in %
    std::string category;     // "low_to_moderate" | "high" | "very_high" (ruleset, age-dependent)
    Light colour = Light::Green;
    std::string source;  // model + region + category table, for the sheet and the audit log
};

struct HeartAge {
    double years = 0;    // unrounded; capped at the ruleset's cap (see `capped`)
    std::string method;  // "score2" (SCORE2 risk age) or "framingham" (BMI model, no lipids)
    bool capped = false;
};

struct Assessment {
    std::string ruleset_id;       // stored with every assessment so an old sheet can be explained
    std::string ruleset_version;
    std::vector<MeasureLight> lights;  // in ruleset order; only measures that were given
    std::optional<Score2Result> score2;
    const char* score2_reason = nullptr;  // N_ msgid why score2 is empty, else nullptr
    std::optional<HeartAge> heart_age;

    bool any_urgent() const;
    const MeasureLight* light(std::string_view key) const;  // nullptr when not assessed
};

Assessment assess(const Ruleset& rules, const AssessmentInput& input);

}  // namespace gc
