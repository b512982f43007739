#pragma once
// The results sheet: A4 page 1 for the participant (their language, with the Dutch words beside
// it for the GP), page 2 their Positieve Gezondheid, goal, offers, dates and consents, and
// page 3 "Voor de huisarts" (Dutch, with LOINC and NHG codes). Everything
// arrives already translated and formatted (i18n formats numbers, core decides the lights), so
// this renderer only places text; it knows no rules and no languages.
#include "report/clinical_codes.hpp"
#include "report/layout.hpp"

#include <array>
#include <map>
#include <optional>
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
    std::string device;    // model and serial of the measuring device, for the GP page
    std::string previous;  // the value at the previous visit, formatted; empty when there was none
    std::string value_nl;     // the same two numbers written the Dutch way, for the GP page
    std::string previous_nl;  // (empty: as value / previous)
};

// Headings of page 1, already translated into the participant's language.
struct SheetHeadings {
    std::string title;        // "Uw uitslagen"
    std::string value;        // "Uw waarde"
    std::string range;        // "Goed is"
    std::string result;       // "Uitslag"
    std::string previous;     // "Vorige keer": the then-and-now column, only when a row has one
    std::string previous_date;  // date of the previous visit, under that heading
};

// One line of the plan: "Wij bellen u" + "3 januari 2027", or "Name" + "contact".
struct SheetLine {
    std::string label;
    std::string text;
};

// Page 2 for the participant (and, in Dutch, the plan block of the GP page). Empty parts are left out.
struct SheetPlan {
    std::string title;           // "Uw gezondheid en uw plan"
    std::string health_heading;  // "Positieve Gezondheid"
    std::array<std::string, 6> dimensions;            // labels in HealthDimension order
    std::array<std::optional<double>, 6> health_now;  // 0-10; never coloured
    std::array<std::optional<double>, 6> health_then; // the previous visit, dashed
    std::array<std::string, 6> health_values;         // printed beside each label: "7" or "5 → 7"
    std::string now_word;        // legend: "Nu"
    std::string then_word;       // legend: "Vorige keer"
    std::string goal_heading;
    std::string goal;
    std::string offers_heading;
    std::vector<SheetLine> offers;  // offer + contact
    std::string dates_heading;
    std::vector<SheetLine> dates;   // follow-up + formatted date
    std::string consents_heading;
    std::vector<SheetLine> consents;  // question + "Ja"/"Nee"
    bool has_health() const;
};

// The 10-year risk of heart and vessel disease and the heart age, in words (i18n/risk_words.hpp),
// under the values on page 1; for the GP also the method with the unrounded figures.
struct SheetRisk {
    std::string heading;     // participant's language, "Uw hart en bloedvaten"
    std::string text;        // "Van 100 mensen zoals u ... 58 jaar oud." or why it was not estimated
    std::string heading_nl;  // the same in Dutch (under it on page 1 and on the GP page)
    std::string text_nl;
    std::vector<SheetLine> method_nl;  // GP page: {"Risico in 10 jaar", "SCORE2 · 6,37 %"}, ...
};

struct SheetContent {
    bool right_to_left = false;   // mirrors page 1's columns (Arabic)
    bool show_dutch = true;       // print the Dutch label and word beside the translated ones
    SheetHeadings headings;
    std::string date;             // formatted, "22-11-2026"
    std::string date_nl;          // the date in Dutch for the GP page (empty: as date)
    std::string card_code;        // canonical; QR and text on both pages
    std::vector<SheetRow> rows;
    std::string ruleset_id;       // GP page: which rules judged the values
    std::string kiosk_id;         // GP page: which kiosk measured
    SheetRisk risk;               // empty: no risk block
    SheetPlan plan;               // participant's language
    SheetPlan plan_nl;            // the same in Dutch, for the GP page
    bool has_previous() const;    // any row with a then value
};

// A4 PDF: page 1 (values), page 2 (plan), page 3 (GP); a part longer than its page continues on
// the next one under a repeated title, so nothing is ever drawn off the paper. `codes` from
// parse_clinical_codes(); rows without an entry print no codes. Throws QrError/RenderError.
std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes);

}  // namespace gc::report
