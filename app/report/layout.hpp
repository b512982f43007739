#pragma once
#include <cairo.h>

// Page geometry, type sizes and colours of everything the report layer prints, in one place.
// Cairo's PDF unit is the point (1/72 inch); sizes are written in millimetres through mm().
namespace gc::report::layout {

constexpr double kPointsPerMm = 72.0 / 25.4;
constexpr double mm(double millimetres) { return millimetres * kPointsPerMm; }

struct Rgb {
    double r, g, b;
};

// Pango picks the Arabic face for Arabic runs; DejaVu fills what both lack (fontconfig fallback).
inline constexpr const char* kFontFamily = "Noto Sans, Noto Sans Arabic";

inline constexpr Rgb kInk{0.0, 0.0, 0.0};
inline constexpr Rgb kMutedInk{0.35, 0.35, 0.35};
inline constexpr Rgb kRule{0.75, 0.75, 0.75};
inline constexpr Rgb kWhite{1.0, 1.0, 1.0};

// The three traffic-light colours. Dark enough that the white symbol stays readable and the
// three still differ in grey on a black-and-white printer (the symbol and word carry the meaning).
inline constexpr Rgb kLightGood{0.10, 0.50, 0.20};
inline constexpr Rgb kLightAttention{0.90, 0.60, 0.00};
inline constexpr Rgb kLightHigh{0.75, 0.10, 0.10};

namespace a4 {
inline constexpr double kWidth = mm(210.0);
inline constexpr double kHeight = mm(297.0);
inline constexpr double kMargin = mm(16.0);
inline constexpr double kContentWidth = kWidth - 2 * kMargin;
inline constexpr double kTitleSize = 18.0;  // pt
inline constexpr double kSubtitleSize = 12.0;
inline constexpr double kBodySize = 10.0;
inline constexpr double kSmallSize = 8.0;
inline constexpr double kRowHeight = mm(17.0);
inline constexpr double kLightRadius = mm(3.2);
inline constexpr double kQrSide = mm(28.0);  // includes the quiet zone
inline constexpr double kLineGap = mm(1.5);
inline constexpr double kTableTop = kMargin + mm(38.0);  // below the title block and QR

// A table column: left edge and width as fractions of the content width.
struct Column {
    double start, width;
};
// Page 1 (mirrored for right-to-left languages).
inline constexpr Column kLabelColumn{0.00, 0.34};
inline constexpr Column kValueColumn{0.35, 0.20};
inline constexpr Column kRangeColumn{0.56, 0.18};
inline constexpr Column kResultColumn{0.75, 0.25};
inline constexpr double kRowGap = mm(3.0);
// Page 2, for the GP (Dutch, left to right).
inline constexpr Column kGpMeasure{0.00, 0.20};
inline constexpr Column kGpValue{0.20, 0.09};
inline constexpr Column kGpUnit{0.29, 0.09};
inline constexpr Column kGpRange{0.38, 0.13};
inline constexpr Column kGpResult{0.51, 0.12};
inline constexpr Column kGpLoinc{0.63, 0.10};
inline constexpr Column kGpNhg{0.73, 0.06};
inline constexpr Column kGpDevice{0.79, 0.21};
inline constexpr double kGpRowHeight = mm(7.0);
}  // namespace a4

// ISO/IEC 7810 ID-1: the size of a bank card, so it fits a wallet.
namespace card {
inline constexpr double kWidth = mm(85.6);
inline constexpr double kHeight = mm(54.0);
inline constexpr double kMargin = mm(4.0);
inline constexpr double kQrSide = mm(40.0);  // includes the quiet zone; bottom-left
inline constexpr double kQrTop = kHeight - kMargin - kQrSide;
inline constexpr double kTextX = kMargin + kQrSide + mm(2.0);  // text column right of the QR
inline constexpr double kTitleSize = 12.0;                     // pt
inline constexpr double kTitleBaseline = kMargin + kTitleSize;
inline constexpr double kCodeSize = 12.0;
inline constexpr double kCodeBaseline = kHeight - kMargin - mm(6.0);
}  // namespace card

}  // namespace gc::report::layout

namespace gc::report {

// A traffic light as printed: colour AND symbol (the word is printed beside it by the caller).
enum class Light { good, attention, high };

layout::Rgb light_colour(Light light);

// A filled disc of the light's colour with its symbol (check mark, exclamation mark, cross)
// drawn in white as vector paths, so it needs no font glyph and survives grey-scale printing.
void draw_light(cairo_t* cr, Light light, double centre_x, double centre_y, double radius);

}  // namespace gc::report
