#pragma once
// Right-to-left text for a renderer without shaping or bidi (Dear ImGui).
#include <string>
#include <string_view>

namespace gc::i18n {

enum class BaseDirection { Rtl, Auto };

// One line of logical UTF-8 → the same line in visual order with Arabic letters shaped to
// presentation forms (joining, lam-alef ligatures), ready to draw left to right. Numbers and
// Latin runs stay left to right. U+FEFF fillers and invisible bidi marks are removed (the UI
// font has no glyph for them). Wrap first, then convert each line: a converted string must not
// be wrapped again. Invalid UTF-8 is replaced by U+FFFD. Cache the result; do not call per frame.
std::string visual_line(std::string_view logical_utf8, BaseDirection base = BaseDirection::Rtl);

// A left-to-right line as drawn: the same text without the invisible bidi marks (e.g. the
// isolates of ui::ltr_isolate around "146 mmHg"), which the UI font would show as '?'.
std::string without_bidi_marks(std::string_view utf8);

}  // namespace gc::i18n
