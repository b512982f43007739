#pragma once
// The GP's file: one FHIR R4 Bundle (type "collection") per participant, made of
//  - Patient: only what the participant gave (card code as identifier, name, sex, birth year,
//    language), linked to an Organization for their GP practice when known;
//  - Observations of the visits with the GP consent: LOINC as first coding, NHG Tabel 45 as a
//    second one where known (assets/report/clinical_codes.toml), UCUM units, effective time
//    (the device's clock if it sent one, else the kiosk's); systolic and diastolic together as
//    the BP panel 85354-9 with components 8480-6/8462-4 (zib-BloodPressure);
//  - Device: model and serial of the meter a value came from.
// Measures without a code in clinical_codes.toml are not sent (they are on the PDF sheet).
#include "report/clinical_codes.hpp"
#include "report/export/visit_records.hpp"

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc::exports {

inline constexpr const char* kLoincSystem = "http://loinc.org";
inline constexpr const char* kNhgTable45System = "urn:oid:2.16.840.1.113883.2.4.4.30.45";
inline constexpr const char* kUcumSystem = "http://unitsofmeasure.org";
inline constexpr const char* kCardCodeSystem = "urn:groepsconsult:kaartcode";

using ClinicalCodeMap = std::map<std::string, report::ClinicalCodes>;
using UuidSource = std::function<std::string()>;  // "urn:uuid:..." values, all different

// `visits`: one participant's visits with the GP consent (at least one).
nlohmann::ordered_json gp_bundle(const std::vector<const VisitRecord*>& visits, const ClinicalCodeMap& codes,
                         store::WallTime now, const UuidSource& new_uuid);

std::string fhir_instant(store::WallTime t);  // "2026-11-22T14:03:05.120Z"
std::string random_uuid_urn();                // "urn:uuid:" + a random version-4 UUID
// A file-system-safe folder name for a GP practice ("Huisartsen De Linde" -> "huisartsen-de-linde").
std::string practice_folder(const std::optional<std::string>& practice);

}  // namespace gc::exports
