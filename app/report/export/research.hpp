#pragma once
// The research dataset: one row per visit with the research consent. The person is a keyed
// pseudonym (anonymise.hpp), age a ten-year band, the session a month; then every measure
// (the visit's latest value) and every questionnaire answer, as "<questionnaire>.<question>"
// columns (the questionnaire scores are computed from these by the researcher's scripts, with
// the questionnaire's own manual). No names, card codes, birth years or GP practices.
#include "report/export/csv.hpp"
#include "report/export/visit_records.hpp"

#include <string_view>

namespace gc::exports {

struct ResearchTable {
    CsvTable csv;
    int visits{0};
    int skipped{0};  // visits without the research consent
};

ResearchTable research_table(const std::vector<VisitRecord>& visits, std::string_view pseudonym_key);

}  // namespace gc::exports
