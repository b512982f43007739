#include "ui/light_text.hpp"

#include "core/translatable.hpp"
#include "i18n/format.hpp"
#include "i18n/i18n.hpp"

#include <utility>

namespace gc::ui {

const char* light_label(const std::string& key) {
    static const std::pair<const char*, const char*> labels[] = {
        {"blood_pressure", N_("Bloeddruk")},
        {"pulse", N_("Hartslag")},
        {"bmi", N_("Gewicht (BMI)")},
        {"waist", N_("Buikomvang")},
        {"body_fat_percent", N_("Vetpercentage")},
        {"visceral_fat", N_("Buikvet")},
        {"glucose", N_("Suiker")},
        {"hba1c", N_("Suiker (HbA1c)")},
        {"total_cholesterol", N_("Cholesterol")},
        {"hdl", N_("Goed cholesterol (HDL)")},
        {"ldl", N_("LDL-cholesterol")},
        {"tc_hdl_ratio", N_("Cholesterol-verhouding")},
    };
    for (const auto& [k, label] : labels) {
        if (key == k) return label;
    }
    return N_("Meting");
}

std::string shown_value(const MeasureLight& light) {
    const auto& language = i18n::current_language();
    if (light.parts.size() == 2) {
        return i18n::format_decimal(light.parts[0], 0, language) + "/" + i18n::format_decimal(light.parts[1], 0, language);
    }
    // The ruleset rounds to the precision it classifies at; show exactly that many decimals.
    const auto dot = light.display.find('.');
    const int decimals = dot == std::string::npos ? 0 : static_cast<int>(light.display.size() - dot - 1);
    return i18n::format_decimal(light.value, decimals, language);
}

// Unit of what the light shows (blood pressure in mmHg, BMI in kg/m², ratios without unit).
std::string shown_unit(const MeasureLight& light) {
    if (light.key == "blood_pressure") return " mmHg";
    if (light.key == "tc_hdl_ratio") return "";
    if (auto measure = measure_from_name(light.key)) {
        const auto unit = measure_unit(*measure);
        return unit.empty() ? "" : " " + std::string(unit);
    }
    return "";
}

}  // namespace gc::ui
