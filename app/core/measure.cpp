#include "measure.hpp"

namespace gc {
namespace {

struct MeasureInfo {
    Measure measure;
    std::string_view name;
    std::string_view unit;
    std::string_view ucum;
    int decimals;
};

constexpr std::array<MeasureInfo, kAllMeasures.size()> kInfo = {{
    {Measure::Systolic, "systolic", "mmHg", "mm[Hg]", 0},
    {Measure::Diastolic, "diastolic", "mmHg", "mm[Hg]", 0},
    {Measure::Pulse, "pulse", "/min", "/min", 0},
    {Measure::Weight, "weight", "kg", "kg", 1},
    {Measure::Height, "height", "cm", "cm", 0},
    {Measure::Bmi, "bmi", "kg/m²", "kg/m2", 1},
    {Measure::Waist, "waist", "cm", "cm", 0},
    {Measure::BodyFatPercent, "body_fat_percent", "%", "%", 1},
    {Measure::FatMass, "fat_mass", "kg", "kg", 1},
    {Measure::MuscleMass, "muscle_mass", "kg", "kg", 1},
    {Measure::VisceralFat, "visceral_fat", "", "1", 0},
    {Measure::Glucose, "glucose", "mmol/L", "mmol/L", 1},
    {Measure::HbA1c, "hba1c", "mmol/mol", "mmol/mol", 0},
    {Measure::TotalCholesterol, "total_cholesterol", "mmol/L", "mmol/L", 1},
    {Measure::Hdl, "hdl", "mmol/L", "mmol/L", 1},
    {Measure::Ldl, "ldl", "mmol/L", "mmol/L", 1},
}};

const MeasureInfo& info(Measure m) {
    return kInfo[static_cast<std::size_t>(m)];
}

}  // namespace

std::string_view measure_name(Measure m) { return info(m).name; }
std::string_view measure_unit(Measure m) { return info(m).unit; }
std::string_view measure_ucum(Measure m) { return info(m).ucum; }
int measure_decimals(Measure m) { return info(m).decimals; }

std::optional<Measure> measure_from_name(std::string_view name) {
    for (const auto& i : kInfo) {
        if (i.name == name) return i.measure;
    }
    return std::nullopt;
}

}  // namespace gc
