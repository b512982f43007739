#pragma once
// A traffic light's name, value and unit as people read them: shared by the participant's
// summary and the host's board (then and now), so both say the same.
#include "core/assessment.hpp"

#include <string>

namespace gc::ui {

const char* light_label(const std::string& key);     // Dutch msgid: "Bloeddruk", "Buikomvang", ...
std::string shown_value(const MeasureLight& light);  // in the current language: "138/88", "5,4"
std::string shown_unit(const MeasureLight& light);   // " mmHg", " cm", "" (with its leading space)

}  // namespace gc::ui
