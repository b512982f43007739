#include "core/questionnaire/scoring.hpp"

#include <array>

namespace gc {
namespace {

std::optional<std::string> answer_with_key(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                                           std::string_view key) {
    for (const auto& item : q.items) {
        if (item.key != key) continue;
        auto a = answers.find(item.id);
        if (a == answers.end()) return std::nullopt;
        return a->second;
    }
    return std::nullopt;
}

void score_findrisc(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                    const std::optional<FindriscMeasured>& measured, QuestionnaireScore& out) {
    const auto activity = answer_with_key(q, answers, "activity");
    const auto vegetables = answer_with_key(q, answers, "vegetables");
    const auto bp = answer_with_key(q, answers, "bp_medication");
    const auto glucose = answer_with_key(q, answers, "high_glucose");
    const auto family = answer_with_key(q, answers, "family");
    if (!measured || !activity || !vegetables || !bp || !glucose || !family) return;
    FindriscAnswers a;
    a.sex = measured->sex;
    a.age = measured->age;
    a.bmi = measured->bmi;
    a.waist_cm = measured->waist_cm;
    a.active_30_min_daily = *activity == "yes";
    a.vegetables_fruit_daily = *vegetables == "yes";
    a.ever_bp_medication = *bp == "yes";
    a.ever_high_glucose = *glucose == "yes";
    a.family = *family == "close" ? FamilyDiabetes::Close
               : *family == "extended" ? FamilyDiabetes::Extended
                                       : FamilyDiabetes::None;
    FindriscResult r = findrisc(a);
    out.total = r.points;
    out.category = r.dutch_category;
    out.colour = r.colour;
    out.findrisc = r;
}

void score_loneliness(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                      QuestionnaireScore& out) {
    constexpr std::array<std::string_view, 6> keys{"emotional_1", "emotional_2", "emotional_3",
                                                   "social_1",    "social_2",    "social_3"};
    std::array<std::optional<LonelinessAnswer>, 6> djg;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        const auto a = answer_with_key(q, answers, keys[i]);
        if (!a) continue;
        if (*a == "yes") djg[i] = LonelinessAnswer::Yes;
        else if (*a == "more_or_less") djg[i] = LonelinessAnswer::MoreOrLess;
        else if (*a == "no") djg[i] = LonelinessAnswer::No;
    }
    LonelinessResult r = de_jong_gierveld_6(djg);
    out.total = r.total;
    out.category = r.category;
    out.colour = r.colour;
    out.loneliness = r;
}

void score_positive_health(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                           QuestionnaireScore& out) {
    std::array<std::optional<double>, 6> grades;
    for (std::size_t d = 0; d < kHealthDimensions.size(); ++d) {
        const auto a = answer_with_key(q, answers, health_dimension_name(kHealthDimensions[d]));
        if (!a) continue;
        try {
            const int grade = std::stoi(*a);
            if (grade >= 0 && grade <= 10) grades[d] = grade;
        } catch (const std::exception&) {
            // not a number: stays unanswered
        }
    }
    out.positive_health = positive_health_from_grades(grades);
}

}  // namespace

QuestionnaireScore score_questionnaire(const Questionnaire& q, const std::map<std::string, std::string>& answers,
                                       const std::optional<FindriscMeasured>& measured) {
    QuestionnaireScore out;
    for (const auto& item : q.items) {
        auto a = answers.find(item.id);
        if (a == answers.end()) continue;
        for (const auto& o : item.options) {
            if (o.id == a->second && o.flag) out.flagged.push_back(item.id);
        }
    }
    switch (q.scoring) {
        case Scoring::None: break;
        case Scoring::Findrisc: score_findrisc(q, answers, measured, out); break;
        case Scoring::DeJongGierveld6: score_loneliness(q, answers, out); break;
        case Scoring::PositiveHealth: score_positive_health(q, answers, out); break;
    }
    return out;
}

std::map<std::string, std::string> answers_for(const Questionnaire& q,
                                               const std::map<std::string, std::string>& qualified_answers) {
    std::map<std::string, std::string> out;
    for (const auto& [id, value] : qualified_answers) {
        auto parts = split_item_id(id);
        if (parts && parts->first == q.id) out[parts->second] = value;
    }
    return out;
}

}  // namespace gc
