#include "core/questionnaire_scores/positive_health.hpp"

#include "core/translatable.hpp"

#include <string>

namespace gc {
namespace {

struct DimensionInfo {
    std::string_view name;
    const char* label;
};

constexpr DimensionInfo kInfo[] = {
    {"body_functions", N_("Lichaamsfuncties")},   {"mental_wellbeing", N_("Mentaal welbevinden")},
    {"meaning", N_("Zingeving")},                 {"quality_of_life", N_("Kwaliteit van leven")},
    {"participation", N_("Meedoen")},             {"daily_functioning", N_("Dagelijks functioneren")},
};

double checked(double v, std::size_t dimension) {
    if (!(v >= 0.0 && v <= 10.0)) {
        throw std::invalid_argument("positive health: score for " + std::string(kInfo[dimension].name) +
                                    " must be 0 to 10, got " + std::to_string(v));
    }
    return v;
}

}  // namespace

std::string_view health_dimension_name(HealthDimension d) { return kInfo[static_cast<std::size_t>(d)].name; }
const char* health_dimension_label(HealthDimension d) { return kInfo[static_cast<std::size_t>(d)].label; }

PositiveHealthProfile positive_health_from_items(const std::array<std::vector<double>, 6>& items) {
    PositiveHealthProfile p;
    for (std::size_t d = 0; d < items.size(); ++d) {
        if (items[d].empty()) continue;
        double sum = 0;
        for (double v : items[d]) sum += checked(v, d);
        p.scores[d] = sum / static_cast<double>(items[d].size());
    }
    return p;
}

PositiveHealthProfile positive_health_from_grades(const std::array<std::optional<double>, 6>& grades) {
    PositiveHealthProfile p;
    for (std::size_t d = 0; d < grades.size(); ++d) {
        if (grades[d]) p.scores[d] = checked(*grades[d], d);
    }
    return p;
}

}  // namespace gc
