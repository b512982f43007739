#pragma once
// The quantities the kiosk measures, with their canonical unit. These names are the
// vocabulary shared by devices (readings), rules (assessments), store and exports.
#include <array>
#include <optional>
#include <string_view>

namespace gc {

enum class Measure {
    Systolic,
    Diastolic,
    Pulse,
    Weight,
    Height,
    Bmi,
    Waist,
    BodyFatPercent,
    FatMass,
    MuscleMass,
    VisceralFat,
    Glucose,
    HbA1c,
    TotalCholesterol,
    Hdl,
    Ldl,
};

inline constexpr std::array kAllMeasures = {
    Measure::Systolic,    Measure::Diastolic,      Measure::Pulse,   Measure::Weight,
    Measure::Height,      Measure::Bmi,            Measure::Waist,   Measure::BodyFatPercent,
    Measure::FatMass,     Measure::MuscleMass,     Measure::VisceralFat, Measure::Glucose,
    Measure::HbA1c,       Measure::TotalCholesterol, Measure::Hdl,   Measure::Ldl,
};

// Stable machine name ("systolic", "body_fat_percent"): used in files, JSON and the database.
std::string_view measure_name(Measure m);
std::optional<Measure> measure_from_name(std::string_view name);

// Canonical unit as shown to people and stored ("mmHg", "kg", "mmol/L", ...).
std::string_view measure_unit(Measure m);

// UCUM code of the canonical unit (for FHIR exports): "mm[Hg]", "kg", "mmol/L", ...
std::string_view measure_ucum(Measure m);

// Decimals shown on screen and on the sheet; the value is classified as displayed.
int measure_decimals(Measure m);

}  // namespace gc
