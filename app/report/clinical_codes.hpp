#pragma once
// LOINC and NHG Tabel 45 codes per measure for the GP page, from assets/report/clinical_codes.toml.
// Parses text handed to it; the caller reads the file (runtime/text_file.hpp).
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>

namespace gc::report {

struct ClinicalCodes {
    std::string loinc;
    std::string nhg;  // empty where no primary source confirmed one
};

struct ClinicalCodesError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// Keyed by measure name ("systolic"). Throws ClinicalCodesError naming `source` and the entry
// for bad TOML, an unknown measure name or a missing LOINC code.
std::map<std::string, ClinicalCodes> parse_clinical_codes(std::string_view toml_text, std::string_view source);

}  // namespace gc::report
