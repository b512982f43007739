#include "core/flow/assessment_input.hpp"

namespace gc {
namespace {

std::optional<bool> yes_no(const VisitDraft& visit, const std::string& question) {
    auto it = visit.answers.find(question);
    if (it == visit.answers.end()) return std::nullopt;
    if (it->second == "yes") return true;
    if (it->second == "no") return false;
    return std::nullopt;  // "unknown": weet ik niet
}

}  // namespace

AssessmentInput assessment_input(const VisitDraft& visit, int year) {
    AssessmentInput in;
    in.sex = visit.profile.sex;
    if (visit.profile.birth_year) in.age = year - *visit.profile.birth_year;
    in.origin = visit.profile.origin;
    in.smoker = yes_no(visit, "smoker");
    in.diabetes = yes_no(visit, "diabetes");
    in.known_cvd = yes_no(visit, "cardiovascular").value_or(false);
    const bool medication = yes_no(visit, "medication").value_or(false);
    in.bp_medication = medication;
    in.lipid_medication = medication;
    // The question asks whether they ate: "no" means fasting.
    if (auto ate = yes_no(visit, "fasting")) in.fasting = !*ate;
    if (visit.fasting) in.fasting = visit.fasting;  // the glucose station's meal question
    in.values = visit.values;
    return in;
}

}  // namespace gc

namespace gc {
std::string_view light_key_for(Measure m) {
    switch (m) {
        case Measure::Systolic:
        case Measure::Diastolic: return "blood_pressure";
        case Measure::Weight:
        case Measure::Height:
        case Measure::Bmi: return "bmi";
        case Measure::TotalCholesterol: return "total_cholesterol";
        case Measure::FatMass:
        case Measure::MuscleMass: return "";
        default: return measure_name(m);  // pulse, waist, glucose, hba1c, hdl, ldl, body_fat_percent, visceral_fat
    }
}
}  // namespace gc
