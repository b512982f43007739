#pragma once
// Positieve Gezondheid (Huber; Institute for Positive Health): six dimensions, each 0-10, shown
// as a spider web. A conversation tool, not a measuring instrument: it is NEVER coloured, so
// these types deliberately carry no Light. The per-dimension score is the mean of its items
// (adult tool, 7 statements each) or the single grade of the simple tool.
#include <array>
#include <optional>
#include <stdexcept>
#include <string_view>
#include <vector>

namespace gc {

enum class HealthDimension {
    BodyFunctions,     // Lichaamsfuncties
    MentalWellbeing,   // Mentaal welbevinden
    Meaning,           // Zingeving
    QualityOfLife,     // Kwaliteit van leven
    Participation,     // Meedoen
    DailyFunctioning,  // Dagelijks functioneren
};

inline constexpr std::array kHealthDimensions = {
    HealthDimension::BodyFunctions, HealthDimension::MentalWellbeing, HealthDimension::Meaning,
    HealthDimension::QualityOfLife, HealthDimension::Participation,   HealthDimension::DailyFunctioning,
};

std::string_view health_dimension_name(HealthDimension d);  // stable: "body_functions", ...
const char* health_dimension_label(HealthDimension d);      // N_("Lichaamsfuncties"), ...

struct PositiveHealthProfile {
    std::array<std::optional<double>, 6> scores;  // by HealthDimension; empty: not answered
};

// Throws std::invalid_argument when an item or grade is outside 0-10.
PositiveHealthProfile positive_health_from_items(const std::array<std::vector<double>, 6>& items);
PositiveHealthProfile positive_health_from_grades(const std::array<std::optional<double>, 6>& grades);

}  // namespace gc
