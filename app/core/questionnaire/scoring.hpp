#pragma once
// Scores a questionnaire from its answers with the published rules (clinical.md section 4):
// FINDRISC (with age, BMI and waist from the visit), De Jong Gierveld 6-item, Positieve
// Gezondheid (never coloured), and flagged answers (e.g. money worries) for the talk.
#include "core/questionnaire/questionnaire.hpp"
#include "core/questionnaire_scores/findrisc.hpp"
#include "core/questionnaire_scores/loneliness.hpp"
#include "core/questionnaire_scores/positive_health.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc {

// What FINDRISC takes from the visit rather than from questions.
struct FindriscMeasured {
    Sex sex = Sex::Male;
    int age = 0;
    double bmi = 0;
    double waist_cm = 0;
};

struct QuestionnaireScore {
    std::optional<int> total;          // FINDRISC points, DJG 0-6; empty: not enough answers
    std::string category;              // FINDRISC Dutch category / DJG category; "" when no total
    std::optional<Light> colour;       // proposed light; never for positive health
    std::optional<FindriscResult> findrisc;
    std::optional<LonelinessResult> loneliness;
    std::optional<PositiveHealthProfile> positive_health;
    std::vector<std::string> flagged;  // item ids answered with a flagged option ("worth talking about")
};

// `answers`: item id (unqualified) → option id. Unknown items or options are ignored.
// FINDRISC needs every FINDRISC item answered and `measured`; otherwise its total stays empty.
QuestionnaireScore score_questionnaire(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                                       const std::optional<FindriscMeasured>& measured = std::nullopt);

// The answers of one questionnaire out of the flow's answers ("<questionnaire>.<item>" ids).
std::map<std::string, std::string> answers_for(const Questionnaire& q,
                                               const std::map<std::string, std::string>& qualified_answers);

}  // namespace gc
