#pragma once
// The results sheet: A4 page 1 for the participant (their language, with the Dutch words beside
// it for the GP) and page 2 "Voor de huisarts" (Dutch, with LOINC and NHG codes). Everything
// arrives already translated and formatted (i18n formats numbers, core decides the lights), so
// this renderer only places text; it knows no rules and no languages.
#include "report/clinical_codes.hpp"
#include "report/layout.hpp"

#include <map>
#include <string>
#include <vector>

namespace gc::report {

struct SheetRow {
    std::string measure;   // stable measure name ("systolic"): looks up the codes for page 2
    std::string label;     // in the participant's language, "Bovendruk"
    std::string label_nl;  // Dutch label for the GP
    std::string value;     // formatted for the language, "142"
    std::string unit;      // "mmHg"
    std::string range;     // "90 – 139"
    Light light = Light::good;
    std::string word;      // the light in the participant's language, "Let op"
    std::string word_nl;
    std::string sentence;  // one plain sentence in the participant's language
    std::string device;    // model and serial of the measuring device, for page 2
};

// Headings of page 1, already translated into the participant's language.
struct SheetHeadings {
    std::string title;        // "Uw uitslagen"
    std::string value;        // "Uw waarde"
    std::string range;        // "Goed is"
    std::string result;       // "Uitslag"
};

struct SheetContent {
    bool right_to_left = false;   // mirrors page 1's columns (Arabic)
    bool show_dutch = true;       // print the Dutch label and word beside the translated ones
    SheetHeadings headings;
    std::string date;             // formatted, "22-11-2026"
    std::string card_code;        // canonical; QR and text on both pages
    std::vector<SheetRow> rows;
    std::string ruleset_id;       // page 2: which rules judged the values
    std::string kiosk_id;         // page 2: which kiosk measured
};

// Two-page A4 PDF. `codes` from parse_clinical_codes(); rows without an entry print no codes.
// Throws QrError/RenderError.
std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes);

}  // namespace gc::report
