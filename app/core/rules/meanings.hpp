#pragma once
// One plain Dutch (B1) sentence per measure and colour: what the result means. The ruleset names
// them by id (band `meaning = "bp_raised"`); the texts live here as N_() msgids so xgettext
// extracts them into the catalogs and the i18n layer translates them.
#include <string_view>

namespace gc {

// The msgid for a meaning id, or nullptr when the id is unknown.
const char* meaning_text(std::string_view id);

}  // namespace gc
