#pragma once
// The JSON contract of `groepsconsult assess` (issue 4), kept in the core so the CLI, exports and
// tests share one reading of it. Input: {"sex","age","smoker","diabetes","fasting","origin",
// "known_cvd","bp_medication","lipid_medication","visceral_fat_scale","measurements":{...}}.
#include "core/assessment.hpp"

#include <stdexcept>
#include <string>
#include <string_view>

namespace gc {

// Bad input: not JSON, a field of the wrong type, an unknown field, a negative measurement.
// what() is a plain English message naming the field, for stderr.
class AssessmentInputError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

AssessmentInput assessment_input_from_json(std::string_view text);

// {"ruleset","lights":{key:{"value","colour","urgent"}},"score2","score2_reason","heart_age"}
std::string assessment_to_json(const Assessment& a);

}  // namespace gc
