#include "i18n/bidi.hpp"

#include <fribidi.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <vector>

#include "i18n/unicode_controls.hpp"

namespace gc::i18n {
namespace {

void erase_invisible(std::vector<FriBidiChar>& text) {
    text.erase(std::remove_if(text.begin(), text.end(),
                              [](FriBidiChar c) { return detail::is_invisible_control(c); }),
               text.end());
}

std::vector<FriBidiChar> to_utf32(std::string_view utf8) {
    // ICU replaces ill-formed UTF-8 with U+FFFD instead of guessing.
    const auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    std::vector<FriBidiChar> out(static_cast<std::size_t>(text.countChar32()));
    UErrorCode status = U_ZERO_ERROR;
    text.toUTF32(reinterpret_cast<UChar32*>(out.data()), static_cast<int32_t>(out.size()), status);
    return out;
}

std::string to_utf8(const std::vector<FriBidiChar>& utf32) {
    std::string out;
    icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(utf32.data()), static_cast<int32_t>(utf32.size()))
        .toUTF8String(out);
    return out;
}

}  // namespace

// The call sequence of ../shared/reference/ui-platform-notes.md §1. Not fribidi_log2vis(): it
// always applies REORDER_NSM, which puts every haraka one letter off in ImGui.
std::string visual_line(std::string_view logical_utf8, BaseDirection base_direction) {
    std::vector<FriBidiChar> text = to_utf32(logical_utf8);
    const auto len = static_cast<FriBidiStrIndex>(text.size());
    if (len == 0) return {};

    std::vector<FriBidiCharType> types(text.size());
    std::vector<FriBidiBracketType> brackets(text.size());
    std::vector<FriBidiLevel> levels(text.size());
    std::vector<FriBidiArabicProp> arabic(text.size());

    fribidi_get_bidi_types(text.data(), len, types.data());
    fribidi_get_bracket_types(text.data(), len, types.data(), brackets.data());
    FriBidiParType base = base_direction == BaseDirection::Rtl ? FRIBIDI_PAR_RTL : FRIBIDI_PAR_ON;
    if (fribidi_get_par_embedding_levels_ex(types.data(), brackets.data(), len, &base, levels.data()) == 0) {
        return std::string(logical_utf8);  // only on allocation failure inside FriBidi
    }
    fribidi_get_joining_types(text.data(), len, arabic.data());
    fribidi_join_arabic(types.data(), len, levels.data(), arabic.data());
    const FriBidiFlags flags = FRIBIDI_FLAGS_DEFAULT | FRIBIDI_FLAGS_ARABIC;
    fribidi_shape(flags, levels.data(), len, arabic.data(), text.data());
    if (fribidi_reorder_line(flags & ~FRIBIDI_FLAG_REORDER_NSM, types.data(), len, 0, base, levels.data(),
                             text.data(), nullptr) == 0) {
        return std::string(logical_utf8);  // only on allocation failure inside FriBidi
    }

    // The fillers and marks have done their work once the line is shaped and reordered.
    erase_invisible(text);
    return to_utf8(text);
}

std::string without_bidi_marks(std::string_view utf8) {
    auto text = to_utf32(utf8);
    erase_invisible(text);
    return to_utf8(text);
}

}  // namespace gc::i18n
