#pragma once
// Text through Pango (shaping, Arabic joining, bidi, font fallback) onto a Cairo context whose
// unit is the point. Every printed string goes through these two functions.
#include "report/layout.hpp"

#include <cairo.h>

#include <string_view>

namespace gc::report {

struct TextStyle {
    double size_pt = layout::a4::kBodySize;
    bool bold = false;
    layout::Rgb colour = layout::kInk;
    // Numbers and ranges: laid out left to right whatever the surrounding language, so
    // "90 – 139" never becomes "139 – 90" on an Arabic page.
    bool left_to_right = false;
    // Sentences of a right-to-left page: right-to-left even when they start with a Latin word
    // ("HDL ..."), so the full stop lands at the end.
    bool right_to_left = false;
};

enum class HAlign { left, centre, right };

// One line, placed by its baseline (an Arabic run has a taller line box than Latin, so top
// alignment would put neighbouring cells on different baselines). `x` is the left edge,
// centre or right edge according to `align`. Returns the line's width.
double draw_line(cairo_t* cr, std::string_view utf8, const TextStyle& style, double x,
                 double baseline_y, HAlign align = HAlign::left);

// Width the line would take, without drawing it.
double line_width(cairo_t* cr, std::string_view utf8, const TextStyle& style);

// Distance from the top of a line box to its baseline, and the whole line box, in this style
// (Latin and Arabic faces together: the taller of the two).
double line_ascent(cairo_t* cr, const TextStyle& style);
double line_height(cairo_t* cr, const TextStyle& style);

// Wrapped to `width` and aligned inside [left, left + width] (right-to-left text flipped as a
// reader expects), with its FIRST line on baseline_y, so wrapped cells still line up with their
// neighbours. Returns the y of the bottom of the last line.
double draw_wrapped(cairo_t* cr, std::string_view utf8, const TextStyle& style, double left, double width,
                    double baseline_y, HAlign align = HAlign::left);

}  // namespace gc::report
