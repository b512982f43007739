#pragma once
// Sample sheets (Dutch; Turkish and Arabic with the Dutch words for the GP) for the sheet tests and the
// benchmark, until the assessment and i18n layers produce real ones.
#include "report/sheet.hpp"

namespace gc::test {

report::SheetContent dutch_sheet();
report::SheetContent arabic_sheet();
report::SheetContent turkish_sheet();
// The Dutch sheet of a follow-up visit: then-and-now, the Positieve Gezondheid web and the plan.
report::SheetContent follow_up_sheet();

}  // namespace gc::test
