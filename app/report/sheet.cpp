#include "report/sheet.hpp"

#include "core/card_code.hpp"
#include "core/translatable.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"
#include "report/text.hpp"

namespace gc::report {
namespace {

namespace a4 = layout::a4;

// Page 2 is always Dutch: its msgids are the printed text.
constexpr const char* kGpTitle = N_("Voor de huisarts");
constexpr const char* kGpMeasure = N_("Meting");
constexpr const char* kGpValue = N_("Waarde");
constexpr const char* kGpUnit = N_("Eenheid");
constexpr const char* kGpRange = N_("Referentie");
constexpr const char* kGpResult = N_("Beoordeling");
constexpr const char* kGpDevice = N_("Apparaat");
constexpr const char* kGpCard = N_("Kaart");
constexpr const char* kGpRuleset = N_("Regelset");
constexpr const char* kGpKiosk = N_("Kiosk");

const TextStyle kTitle{a4::kTitleSize, true, layout::kInk};
const TextStyle kHeading{a4::kSmallSize, true, layout::kMutedInk};
const TextStyle kBody{a4::kBodySize, false, layout::kInk};
const TextStyle kBodyBold{a4::kBodySize, true, layout::kInk};
const TextStyle kSmall{a4::kSmallSize, false, layout::kMutedInk};
const TextStyle kNumber{a4::kBodySize, false, layout::kInk, true};
const TextStyle kNumberBold{a4::kBodySize, true, layout::kInk, true};

// Column geometry on the page, mirrored for right-to-left pages so the label column is read first.
struct Placed {
    double left, right;
    double start() const { return rtl ? right : left; }  // where reading starts
    bool rtl;
};

Placed place(const a4::Column& column, bool rtl) {
    double left = a4::kMargin + column.start * a4::kContentWidth;
    if (rtl) left = a4::kMargin + (1.0 - column.start - column.width) * a4::kContentWidth;
    return {left, left + column.width * a4::kContentWidth, rtl};
}

HAlign reading_align(bool rtl) { return rtl ? HAlign::right : HAlign::left; }

void rule(cairo_t* cr, double y) {
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgb(cr, layout::kRule.r, layout::kRule.g, layout::kRule.b);
    cairo_set_line_width(cr, 0.5);
    cairo_move_to(cr, a4::kMargin, y);
    cairo_line_to(cr, a4::kWidth - a4::kMargin, y);
    cairo_stroke(cr);
    cairo_restore(cr);
}

void draw_title_block(cairo_t* cr, const SheetContent& sheet, const QrMatrix& qr) {
    const bool rtl = sheet.right_to_left;
    const double text_x = rtl ? a4::kWidth - a4::kMargin : a4::kMargin;
    const double qr_x = rtl ? a4::kMargin : a4::kWidth - a4::kMargin - a4::kQrSide;
    draw_line(cr, sheet.headings.title, kTitle, text_x, a4::kMargin + a4::kTitleSize, reading_align(rtl));
    draw_line(cr, sheet.date, kBody, text_x, a4::kMargin + a4::kTitleSize + 2 * a4::kBodySize, reading_align(rtl));
    draw_qr(cr, qr, qr_x, a4::kMargin, a4::kQrSide);
    draw_line(cr, format_card_code(sheet.card_code), kSmall, qr_x + a4::kQrSide / 2,
              a4::kMargin + a4::kQrSide + a4::kSmallSize, HAlign::centre);
}

void draw_cell(cairo_t* cr, const std::string& text, const TextStyle& style, const Placed& column, double baseline) {
    draw_line(cr, text, style, column.start(), baseline, reading_align(column.rtl));
}

// The disc, then the word after it in reading order.
void draw_result(cairo_t* cr, const SheetRow& row, bool show_dutch, const Placed& column, double baseline) {
    const double r = a4::kLightRadius;
    const double disc_x = column.rtl ? column.right - r : column.left + r;
    draw_light(cr, row.light, disc_x, baseline - a4::kBodySize * 0.35, r);
    const double word_x = column.rtl ? column.right - 2 * r - a4::kLineGap : column.left + 2 * r + a4::kLineGap;
    draw_line(cr, row.word, kBodyBold, word_x, baseline, reading_align(column.rtl));
    if (show_dutch && row.word_nl != row.word)
        draw_line(cr, row.word_nl, kSmall, word_x, baseline + a4::kSmallSize + a4::kLineGap, reading_align(column.rtl));
}

double draw_participant_row(cairo_t* cr, const SheetContent& sheet, const SheetRow& row, double top) {
    const bool rtl = sheet.right_to_left;
    const double baseline = top + a4::kBodySize;
    draw_cell(cr, row.label, kBodyBold, place(a4::kLabelColumn, rtl), baseline);
    if (sheet.show_dutch && row.label_nl != row.label)
        draw_cell(cr, row.label_nl, kSmall, place(a4::kLabelColumn, rtl), baseline + a4::kSmallSize + a4::kLineGap);
    draw_cell(cr, row.value + " " + row.unit, kNumberBold, place(a4::kValueColumn, rtl), baseline);
    draw_cell(cr, row.range, kNumber, place(a4::kRangeColumn, rtl), baseline);
    draw_result(cr, row, sheet.show_dutch, place(a4::kResultColumn, rtl), baseline);
    const bool dutch_line = sheet.show_dutch && (row.label_nl != row.label || row.word_nl != row.word);
    const double sentence_top = baseline + (dutch_line ? 2 : 1) * (a4::kSmallSize + a4::kLineGap);
    const double height = draw_paragraph(cr, row.sentence, kBody, a4::kMargin, sentence_top, a4::kContentWidth);
    const double bottom = sentence_top + height + a4::kRowGap / 2;
    rule(cr, bottom);
    return bottom + a4::kRowGap / 2;
}

void draw_participant_page(cairo_t* cr, const SheetContent& sheet, const QrMatrix& qr) {
    draw_title_block(cr, sheet, qr);
    const bool rtl = sheet.right_to_left;
    const double heading = a4::kTableTop;
    draw_cell(cr, sheet.headings.value, kHeading, place(a4::kValueColumn, rtl), heading);
    draw_cell(cr, sheet.headings.range, kHeading, place(a4::kRangeColumn, rtl), heading);
    draw_cell(cr, sheet.headings.result, kHeading, place(a4::kResultColumn, rtl), heading);
    rule(cr, heading + a4::kLineGap);
    double top = heading + a4::kRowGap;
    for (const SheetRow& row : sheet.rows) top = draw_participant_row(cr, sheet, row, top);
}

void draw_gp_page(cairo_t* cr, const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes) {
    auto cell = [cr](const std::string& text, const TextStyle& style, const a4::Column& column, double baseline) {
        draw_cell(cr, text, style, place(column, false), baseline);
    };
    draw_line(cr, kGpTitle, kTitle, a4::kMargin, a4::kMargin + a4::kTitleSize);
    const std::string identity = std::string(kGpCard) + " " + format_card_code(sheet.card_code) + "   " + sheet.date +
                                 "   " + kGpRuleset + " " + sheet.ruleset_id + "   " + kGpKiosk + " " + sheet.kiosk_id;
    draw_line(cr, identity, kBody, a4::kMargin, a4::kMargin + a4::kTitleSize + 2 * a4::kBodySize);

    double baseline = a4::kMargin + a4::kTitleSize + 5 * a4::kBodySize;
    cell(kGpMeasure, kHeading, a4::kGpMeasure, baseline);
    cell(kGpValue, kHeading, a4::kGpValue, baseline);
    cell(kGpUnit, kHeading, a4::kGpUnit, baseline);
    cell(kGpRange, kHeading, a4::kGpRange, baseline);
    cell(kGpResult, kHeading, a4::kGpResult, baseline);
    cell("LOINC", kHeading, a4::kGpLoinc, baseline);
    cell("NHG", kHeading, a4::kGpNhg, baseline);
    cell(kGpDevice, kHeading, a4::kGpDevice, baseline);
    rule(cr, baseline + a4::kLineGap);
    for (const SheetRow& row : sheet.rows) {
        baseline += a4::kGpRowHeight;
        const auto found = codes.find(row.measure);
        const ClinicalCodes none;
        const ClinicalCodes& code = found != codes.end() ? found->second : none;
        cell(row.label_nl, kBody, a4::kGpMeasure, baseline);
        cell(row.value, kNumberBold, a4::kGpValue, baseline);
        cell(row.unit, kNumber, a4::kGpUnit, baseline);
        cell(row.range, kNumber, a4::kGpRange, baseline);
        const Placed result = place(a4::kGpResult, false);
        draw_light(cr, row.light, result.left + a4::kLightRadius * 0.7, baseline - a4::kBodySize * 0.35,
                   a4::kLightRadius * 0.7);
        draw_line(cr, row.word_nl, kBody, result.left + 2 * a4::kLightRadius, baseline);
        cell(code.loinc, kBody, a4::kGpLoinc, baseline);
        cell(code.nhg, kBody, a4::kGpNhg, baseline);
        cell(row.device, kSmall, a4::kGpDevice, baseline);
    }
}

}  // namespace

std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes) {
    const QrMatrix qr = encode_qr(sheet.card_code);
    PdfCanvas canvas(a4::kWidth, a4::kHeight, "Groepsconsult");
    draw_participant_page(canvas.cr(), sheet, qr);
    canvas.next_page();
    draw_gp_page(canvas.cr(), sheet, codes);
    return canvas.finish();
}

}  // namespace gc::report
