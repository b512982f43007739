#pragma once
// A ruleset: traffic-light bands per measure, each with its source, plus the SCORE2 settings.
// Parsed and validated from TOML text (assets/rules/<id>.toml); the caller reads the file.
// Every validation error names the file and line, so a bad ruleset stops the kiosk at start.
#include "core/assessment.hpp"

#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc {

class RulesetError : public std::runtime_error {
public:
    RulesetError(const std::string& file, long line, const std::string& what);
    long line() const { return m_line; }

private:
    long m_line;
};

// One end of a band. `inclusive` = the value itself is inside the band.
struct Bound {
    double value = 0;
    bool inclusive = true;
};

struct Band {
    std::optional<Bound> lower;  // absent: open towards -infinity
    std::optional<Bound> upper;  // absent: open towards +infinity
    Light colour = Light::Green;
    bool urgent = false;
    std::string meaning_id;          // key into the meaning catalogue (rules/meanings.hpp)
    const char* meaning = nullptr;   // the Dutch msgid for meaning_id

    bool contains(double v) const;
};

// Who a rule applies to. Empty/absent fields match everyone.
struct Applicability {
    std::optional<Sex> sex;
    std::vector<OriginGroup> origins;
    std::optional<int> age_from;   // inclusive
    std::optional<int> age_below;  // exclusive
    std::optional<bool> fasting;   // false also matches "unknown" (non-fasting rules apply)
    std::string device_scale;      // visceral fat: "tanita", "inbody", "omron"

    bool matches(const AssessmentInput& in) const;
};

struct Rule {
    std::string key;    // light key, e.g. "blood_pressure" (several rules may share a key)
    std::string input;  // measure name ("systolic") or a derived one ("tc_hdl_ratio")
    int decimals = 0;   // the value is rounded to this before it is classified and shown
    Applicability when;
    std::vector<Band> bands;  // ascending, contiguous, no gaps or overlaps
    std::string source;       // "guideline, table, year"
    long line = 0;            // where the rule starts in the ruleset file

    const Band& classify(double rounded) const;
};

struct Score2Category {
    int age_from = 0;
    std::optional<int> age_below;
    double high_from = 0;       // risk % from which the category is "high"
    double very_high_from = 0;  // risk % from which it is "very_high"
};

struct Score2Settings {
    std::string region = "low";  // ESC risk region; the Netherlands is "low"
    std::vector<Score2Category> categories;
    std::string category_source;
    double heart_age_cap = 80;  // heart ages above this are shown as the cap
};

class Ruleset {
public:
    // Throws RulesetError (file + line + what is wrong) on bad TOML or an invalid ruleset.
    static Ruleset parse(std::string_view text, const std::string& filename);

    const std::string& id() const { return m_id; }
    const std::string& version() const { return m_version; }
    const std::string& title() const { return m_title; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const Score2Settings& score2() const { return m_score2; }

    // Light keys in file order, each once.
    std::vector<std::string> keys() const;
    // The first rule for this key and input that applies to the participant, or nullptr.
    const Rule* select(std::string_view key, std::string_view input, const AssessmentInput& in) const;

private:
    std::string m_id, m_version, m_title;
    std::vector<Rule> m_rules;
    Score2Settings m_score2;
};

// The ruleset used when nothing else is configured (assets/rules/<id>.toml).
inline constexpr std::string_view kDefaultRulesetId = "nl-groepsconsult-2026";

// Names a rule may classify besides the measures: values derived from other measures.
inline constexpr std::string_view kTcHdlRatio = "tc_hdl_ratio";

// The value a rule input refers to (measure, or derived: BMI from weight/height, TC/HDL).
std::optional<double> input_value(std::string_view input, const AssessmentInput& in);
bool is_known_input(std::string_view input);
int default_decimals(std::string_view input);

// Round half away from zero to `decimals`, the way the value is shown.
double round_to(double v, int decimals);
std::string format_fixed(double v, int decimals);  // C locale, "5.4"

}  // namespace gc
