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
inline constexpr double kBottom = kHeight - kMargin;     // nothing is drawn below this line

// A table column: left edge and width as fractions of the content width. Text in a column is
// wrapped to its width less kColumnGap, so neighbouring columns never run into each other.
struct Column {
    double start, width;
};
inline constexpr double kColumnGap = mm(2.0);
// Page 1 (mirrored for right-to-left languages).
struct ParticipantColumns {
    Column label, previous, value, range, result;
};
inline constexpr ParticipantColumns kParticipantColumns{
    {0.00, 0.35}, {0.00, 0.00}, {0.35, 0.20}, {0.55, 0.19}, {0.74, 0.26}};
// At a follow-up visit: "Vorige keer" beside "Uw waarde" (then and now).
inline constexpr ParticipantColumns kThenAndNowColumns{
    {0.00, 0.27}, {0.27, 0.15}, {0.42, 0.16}, {0.58, 0.17}, {0.75, 0.25}};
inline constexpr double kRowGap = mm(3.0);
// The GP page (Dutch, left to right), in the small type size.
struct GpColumns {
    Column measure, value, previous, unit, range, result, loinc, nhg, device;
};
inline constexpr GpColumns kGpColumns{{0.00, 0.15}, {0.15, 0.08}, {0.23, 0.08}, {0.31, 0.08}, {0.39, 0.13},
                                      {0.52, 0.16}, {0.68, 0.09}, {0.77, 0.06}, {0.83, 0.17}};
inline constexpr double kGpRowGap = mm(2.0);
inline constexpr double kGpLightRadius = mm(2.0);

// Page 2: the Positieve Gezondheid web (grey and black only: never coloured) and the plan.
namespace plan {
inline constexpr double kChartTop = kMargin + mm(20.0);
inline constexpr double kChartRadius = mm(36.0);
inline constexpr double kChartCentreY = kChartTop + mm(10.0) + kChartRadius;
inline constexpr double kChartBottom = kChartCentreY + kChartRadius + mm(12.0);
inline constexpr int kScaleMax = 10;
inline constexpr int kRings = 5;                 // every 2 points
inline constexpr double kLabelGap = mm(3.0);     // between the web's tip and its label
inline constexpr double kLineWidth = 1.5;        // pt, the person's own polygon
inline constexpr double kGridWidth = 0.5;        // pt
inline constexpr double kDash = mm(1.5);         // the previous visit is dashed
inline constexpr double kFillGrey = 0.85;        // light grey inside "now"
inline constexpr double kLegendLine = mm(8.0);
inline constexpr double kSectionGap = mm(5.0);
inline constexpr Column kLabelColumn{0.00, 0.45};  // "Wij bellen u" | "3 januari 2027"
inline constexpr Column kTextColumn{0.45, 0.55};
}  // namespace plan
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
