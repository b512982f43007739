#pragma once
// Internal to gc_i18n: characters that steer shaping or bidi but have no glyph in the UI font.
namespace gc::i18n::detail {

// U+FEFF (FriBidi's lam-alef filler), zero-width joiners/marks U+200B..200F, the Arabic letter
// mark U+061C and the embedding/isolate controls U+202A..202E, U+2066..2069.
constexpr bool is_invisible_control(char32_t c) {
    return c == 0xFEFF || c == 0x061C || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

}  // namespace gc::i18n::detail
