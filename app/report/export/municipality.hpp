#pragma once
// The municipality's figures: per session (date and place, the wijk) the number of people and
// the mean of every measure, for everyone, per sex, per age band and per sex x age band. Only
// visits with the municipality consent count. Cells under kMinCellSize people are suppressed,
// and so is whatever would let one work them out; a suppressed cell is left out (like an empty
// one, so the two cannot be told apart). A mean needs kMinCellSize values itself.
// No birth dates, card codes, names or single values leave this way.
#include "report/export/csv.hpp"
#include "report/export/visit_records.hpp"

namespace gc::exports {

struct MunicipalityTable {
    CsvTable csv;
    int people{0};    // visits counted
    int skipped{0};   // visits without the municipality consent
};

MunicipalityTable municipality_table(const std::vector<VisitRecord>& visits);

}  // namespace gc::exports
