#include "report/sheet.hpp"

#include "core/card_code.hpp"
#include "report/deferred_report.hpp"
#include "core/translatable.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"
#include "report/text.hpp"

#include <algorithm>
#include <cmath>
#include <functional>

namespace gc::report {
namespace {

namespace a4 = layout::a4;
namespace plan = layout::a4::plan;

// The GP page is always Dutch: its msgids are the printed text.
constexpr const char* kGpTitle = N_("Voor de huisarts");
constexpr const char* kGpMeasure = N_("Meting");
constexpr const char* kGpValue = N_("Waarde");
constexpr const char* kGpPrevious = N_("Vorige keer");
constexpr const char* kGpUnit = N_("Eenheid");
constexpr const char* kGpRange = N_("Referentie");
constexpr const char* kGpResult = N_("Beoordeling");
constexpr const char* kGpDevice = N_("Apparaat");
constexpr const char* kGpCard = N_("Kaart");
constexpr const char* kGpRuleset = N_("Regelset");
constexpr const char* kGpKiosk = N_("Kiosk");

const TextStyle kTitle{a4::kTitleSize, true, layout::kInk};
const TextStyle kSubtitle{a4::kSubtitleSize, true, layout::kInk};
const TextStyle kHeading{a4::kSmallSize, true, layout::kMutedInk};
const TextStyle kBody{a4::kBodySize, false, layout::kInk};
const TextStyle kBodyBold{a4::kBodySize, true, layout::kInk};
const TextStyle kSmall{a4::kSmallSize, false, layout::kMutedInk};
const TextStyle kSmallInk{a4::kSmallSize, false, layout::kInk};
const TextStyle kSmallBold{a4::kSmallSize, true, layout::kInk};
const TextStyle kNumber{a4::kBodySize, false, layout::kInk, true};
const TextStyle kNumberBold{a4::kBodySize, true, layout::kInk, true};
const TextStyle kSmallNumber{a4::kSmallSize, false, layout::kInk, true};
const TextStyle kSmallNumberBold{a4::kSmallSize, true, layout::kInk, true};

// Column geometry on the page, mirrored for right-to-left pages so the first column is read first.
struct Placed {
    double left, right;
    bool rtl;
    double width() const { return right - left - a4::kColumnGap; }
    double text_left() const { return rtl ? left + a4::kColumnGap : left; }
};

Placed place(const a4::Column& column, bool rtl) {
    double left = a4::kMargin + column.start * a4::kContentWidth;
    if (rtl) left = a4::kMargin + (1.0 - column.start - column.width) * a4::kContentWidth;
    return {left, left + column.width * a4::kContentWidth, rtl};
}

HAlign reading_align(bool rtl) { return rtl ? HAlign::right : HAlign::left; }

// The baseline of a line whose box starts at `top` (the first line below text ending there).
double baseline_below(cairo_t* cr, double top, const TextStyle& style) { return top + line_ascent(cr, style); }

void rule(cairo_t* cr, double y) {
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgb(cr, layout::kRule.r, layout::kRule.g, layout::kRule.b);
    cairo_set_line_width(cr, plan::kGridWidth);
    cairo_move_to(cr, a4::kMargin, y);
    cairo_line_to(cr, a4::kWidth - a4::kMargin, y);
    cairo_stroke(cr);
    cairo_restore(cr);
}

// Blocks placed down the pages. A block is measured first (drawn into a discarded group); one
// that would end below the bottom margin goes to a new page, under that page's repeated heading.
class PageFlow {
public:
    using Block = std::function<double(cairo_t*, double top)>;  // draws at `top`, returns its bottom
    using Heading = std::function<double(cairo_t*)>;            // a continued page's top part; returns where blocks start

    PageFlow(PdfCanvas& canvas, double top, Heading heading)
        : m_canvas(canvas), m_top(top), m_page_top(top), m_heading(std::move(heading)) {}

    double top() const { return m_top; }
    void skip(double gap) { m_top += gap; }
    void set_heading(Heading heading) { m_heading = std::move(heading); }  // from the next page on

    void place(const Block& block) {
        cairo_t* cr = m_canvas.cr();
        cairo_push_group(cr);
        const double bottom = block(cr, m_top);
        cairo_pattern_destroy(cairo_pop_group(cr));
        if (bottom > a4::kBottom && m_top > m_page_top) {  // a block taller than a page stays where it is
            m_canvas.next_page();
            m_top = m_page_top = m_heading(cr);
        }
        m_top = block(cr, m_top);
    }

private:
    PdfCanvas& m_canvas;
    double m_top;
    double m_page_top;
    Heading m_heading;
};

// Wrapped text in a column, first line on `baseline`; returns the bottom of the last line.
double draw_cell(cairo_t* cr, const std::string& text, const TextStyle& style, const Placed& column, double baseline) {
    if (text.empty()) return baseline;
    return draw_wrapped(cr, text, style, column.text_left(), column.width(), baseline, reading_align(column.rtl));
}

// A page title on the reading side; returns the bottom of the title line.
double draw_page_title(cairo_t* cr, const std::string& title, bool rtl) {
    return draw_wrapped(cr, title, kTitle, a4::kMargin, a4::kContentWidth, a4::kMargin + a4::kTitleSize,
                        reading_align(rtl));
}

void draw_title_block(cairo_t* cr, const SheetContent& sheet, const QrMatrix& qr) {
    const bool rtl = sheet.right_to_left;
    const double text_width = a4::kContentWidth - a4::kQrSide - a4::kColumnGap;
    const double text_left = rtl ? a4::kWidth - a4::kMargin - text_width : a4::kMargin;
    const double qr_x = rtl ? a4::kMargin : a4::kWidth - a4::kMargin - a4::kQrSide;
    const double bottom = draw_wrapped(cr, sheet.headings.title, kTitle, text_left, text_width,
                                       a4::kMargin + a4::kTitleSize, reading_align(rtl));
    draw_wrapped(cr, sheet.date, kBody, text_left, text_width, baseline_below(cr, bottom, kBody), reading_align(rtl));
    draw_qr(cr, qr, qr_x, a4::kMargin, a4::kQrSide);
    draw_line(cr, format_card_code(sheet.card_code), kSmall, qr_x + a4::kQrSide / 2,
              a4::kMargin + a4::kQrSide + a4::kSmallSize, HAlign::centre);
}

// The disc, then the word after it in reading order, the Dutch word under it.
double draw_result(cairo_t* cr, const SheetRow& row, bool show_dutch, const Placed& column, double baseline,
                   double radius, const TextStyle& word_style, const TextStyle& dutch_style) {
    const double disc_x = column.rtl ? column.right - radius : column.left + radius;
    draw_light(cr, row.light, disc_x, baseline - word_style.size_pt * 0.35, radius);
    const double indent = 2 * radius + a4::kLineGap;
    const Placed words{column.rtl ? column.left : column.left + indent, column.rtl ? column.right - indent : column.right,
                       column.rtl};
    double bottom = draw_cell(cr, row.word, word_style, words, baseline);
    if (show_dutch && row.word_nl != row.word)
        bottom = draw_cell(cr, row.word_nl, dutch_style, words, baseline_below(cr, bottom, dutch_style));
    return bottom;
}

std::string with_unit(const std::string& value, const std::string& unit) {
    return value.empty() ? std::string() : value + " " + unit;
}

double draw_participant_row(cairo_t* cr, const SheetContent& sheet, const a4::ParticipantColumns& columns,
                            const SheetRow& row, double top) {
    const bool rtl = sheet.right_to_left;
    const double baseline = baseline_below(cr, top, kBodyBold);
    double label_bottom = draw_cell(cr, row.label, kBodyBold, place(columns.label, rtl), baseline);
    if (sheet.show_dutch && row.label_nl != row.label)
        label_bottom = draw_cell(cr, row.label_nl, kSmall, place(columns.label, rtl), baseline_below(cr, label_bottom, kSmall));
    double bottom = label_bottom;
    if (sheet.has_previous())
        bottom = std::max(bottom, draw_cell(cr, with_unit(row.previous, row.unit), kNumber, place(columns.previous, rtl), baseline));
    bottom = std::max(bottom, draw_cell(cr, with_unit(row.value, row.unit), kNumberBold, place(columns.value, rtl), baseline));
    bottom = std::max(bottom, draw_cell(cr, row.range, kNumber, place(columns.range, rtl), baseline));
    bottom = std::max(bottom, draw_result(cr, row, sheet.show_dutch, place(columns.result, rtl), baseline,
                                          a4::kLightRadius, kBodyBold, kSmall));
    const double sentence_top = bottom + a4::kLineGap;
    TextStyle sentence = kBody;
    sentence.right_to_left = rtl;
    const double sentence_bottom = draw_wrapped(cr, row.sentence, sentence, a4::kMargin, a4::kContentWidth,
                                                baseline_below(cr, sentence_top, sentence), reading_align(rtl));
    const double end = sentence_bottom + a4::kRowGap / 2;
    rule(cr, end);
    return end + a4::kRowGap / 2;
}

// The column headings of page 1 from `heading` (a baseline); returns where the first row starts.
double draw_table_heading(cairo_t* cr, const SheetContent& sheet, const a4::ParticipantColumns& columns, double heading) {
    const bool rtl = sheet.right_to_left;
    double bottom = heading;
    if (sheet.has_previous()) {
        const Placed previous = place(columns.previous, rtl);
        bottom = draw_cell(cr, sheet.headings.previous, kHeading, previous, heading);
        bottom = draw_cell(cr, sheet.headings.previous_date, kSmall, previous, baseline_below(cr, bottom, kSmall));
    }
    bottom = std::max(bottom, draw_cell(cr, sheet.headings.value, kHeading, place(columns.value, rtl), heading));
    bottom = std::max(bottom, draw_cell(cr, sheet.headings.range, kHeading, place(columns.range, rtl), heading));
    bottom = std::max(bottom, draw_cell(cr, sheet.headings.result, kHeading, place(columns.result, rtl), heading));
    rule(cr, bottom + a4::kLineGap);
    return bottom + a4::kRowGap;
}

// The risk in words under the values, the Dutch words under it for the GP.
double draw_risk(cairo_t* cr, const SheetContent& sheet, double top) {
    const bool rtl = sheet.right_to_left;
    TextStyle sentence = kBody;
    sentence.right_to_left = rtl;
    double bottom = draw_wrapped(cr, sheet.risk.heading, kSubtitle, a4::kMargin, a4::kContentWidth,
                                 baseline_below(cr, top, kSubtitle), reading_align(rtl));
    bottom = draw_wrapped(cr, sheet.risk.text, sentence, a4::kMargin, a4::kContentWidth,
                          baseline_below(cr, bottom + a4::kLineGap, sentence), reading_align(rtl));
    if (sheet.show_dutch && sheet.risk.text_nl != sheet.risk.text)
        bottom = draw_wrapped(cr, sheet.risk.text_nl, kSmall, a4::kMargin, a4::kContentWidth,
                              baseline_below(cr, bottom + a4::kLineGap, kSmall), reading_align(rtl));
    return bottom;
}

void draw_participant_page(PdfCanvas& canvas, const SheetContent& sheet, const QrMatrix& qr) {
    cairo_t* cr = canvas.cr();
    draw_title_block(cr, sheet, qr);
    const auto& columns = sheet.has_previous() ? a4::kThenAndNowColumns : a4::kParticipantColumns;
    const auto heading = [&sheet, &columns](cairo_t* c) {
        const double title = draw_page_title(c, sheet.headings.title, sheet.right_to_left);
        return draw_table_heading(c, sheet, columns, baseline_below(c, title + a4::kRowGap, kHeading));
    };
    PageFlow flow(canvas, draw_table_heading(cr, sheet, columns, a4::kTableTop), heading);
    for (const SheetRow& row : sheet.rows) {
        flow.place([&](cairo_t* c, double top) { return draw_participant_row(c, sheet, columns, row, top); });
    }
    if (sheet.risk.text.empty()) return;
    flow.set_heading([&sheet](cairo_t* c) { return draw_page_title(c, sheet.headings.title, sheet.right_to_left); });
    flow.place([&sheet](cairo_t* c, double top) { return draw_risk(c, sheet, top + a4::kRowGap); });
}

// --- the Positieve Gezondheid web: black and grey only, never a traffic light -------------------

struct Web {
    double cx, cy, radius;
    bool rtl;  // mirrored: the dimensions go round the other way
    // Point of dimension `i` at `value` (0..kScaleMax).
    std::pair<double, double> at(std::size_t i, double value) const {
        const double step = 2 * M_PI / 6.0;
        const double angle = -M_PI / 2 + static_cast<double>(i) * step;
        const double r = radius * std::clamp(value, 0.0, double(plan::kScaleMax)) / plan::kScaleMax;
        const double dx = r * std::cos(angle);
        return {rtl ? cx - dx : cx + dx, cy + r * std::sin(angle)};
    }
};

void trace(cairo_t* cr, const Web& web, const std::array<std::optional<double>, 6>& values) {
    cairo_new_path(cr);
    for (std::size_t i = 0; i < values.size(); ++i) {
        const auto [x, y] = web.at(i, values[i].value_or(0.0));
        if (i == 0) cairo_move_to(cr, x, y); else cairo_line_to(cr, x, y);
    }
    cairo_close_path(cr);
}

bool any(const std::array<std::optional<double>, 6>& values) {
    return std::any_of(values.begin(), values.end(), [](const auto& v) { return v.has_value(); });
}

void draw_web_grid(cairo_t* cr, const Web& web) {
    cairo_set_source_rgb(cr, layout::kRule.r, layout::kRule.g, layout::kRule.b);
    cairo_set_line_width(cr, plan::kGridWidth);
    for (int ring = 1; ring <= plan::kRings; ++ring) {
        const double value = double(plan::kScaleMax) * ring / plan::kRings;
        trace(cr, web, {value, value, value, value, value, value});
        cairo_stroke(cr);
    }
    for (std::size_t i = 0; i < 6; ++i) {
        const auto [x, y] = web.at(i, plan::kScaleMax);
        cairo_move_to(cr, web.cx, web.cy);
        cairo_line_to(cr, x, y);
        cairo_stroke(cr);
    }
}

void draw_web_labels(cairo_t* cr, const SheetPlan& p, const Web& web) {
    for (std::size_t i = 0; i < 6; ++i) {
        const auto [tip_x, tip_y] = web.at(i, plan::kScaleMax);
        const double dx = tip_x - web.cx;
        const double dy = tip_y - web.cy;
        const double x = tip_x + (std::abs(dx) < 1 ? 0.0 : std::copysign(plan::kLabelGap, dx));
        const HAlign align = std::abs(dx) < 1 ? HAlign::centre : (dx > 0 ? HAlign::left : HAlign::right);
        const double line = line_height(cr, kBodyBold);
        double top = tip_y - line;                                           // two lines beside the tip
        if (dy < -1 && std::abs(dx) < 1) top = tip_y - plan::kLabelGap - 2 * line;  // above the top
        if (dy > 1 && std::abs(dx) < 1) top = tip_y + plan::kLabelGap;            // under the bottom
        draw_line(cr, p.dimensions[i], kBodyBold, x, baseline_below(cr, top, kBodyBold), align);
        draw_line(cr, p.health_values[i], kNumber, x, baseline_below(cr, top + line, kNumber), align);
    }
}

void draw_legend_line(cairo_t* cr, double x, double y, bool dashed) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, layout::kInk.r, layout::kInk.g, layout::kInk.b);
    cairo_set_line_width(cr, plan::kLineWidth);
    if (dashed) cairo_set_dash(cr, &plan::kDash, 1, 0);
    cairo_move_to(cr, x, y);
    cairo_line_to(cr, x + plan::kLegendLine, y);
    cairo_stroke(cr);
    cairo_restore(cr);
}

// Returns the bottom of the chart and its legend.
double draw_web(cairo_t* cr, const SheetPlan& p, bool rtl, double top) {
    const double heading_bottom =
        draw_wrapped(cr, p.health_heading, kSubtitle, a4::kMargin, a4::kContentWidth,
                     baseline_below(cr, top, kSubtitle), reading_align(rtl));
    const Web web{a4::kWidth / 2, heading_bottom + (plan::kChartCentreY - plan::kChartTop), plan::kChartRadius, rtl};
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgb(cr, plan::kFillGrey, plan::kFillGrey, plan::kFillGrey);
    trace(cr, web, p.health_now);
    cairo_fill(cr);
    draw_web_grid(cr, web);
    cairo_set_source_rgb(cr, layout::kInk.r, layout::kInk.g, layout::kInk.b);
    cairo_set_line_width(cr, plan::kLineWidth);
    const bool then = any(p.health_then);
    if (then) {
        cairo_set_dash(cr, &plan::kDash, 1, 0);
        trace(cr, web, p.health_then);
        cairo_stroke(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
    trace(cr, web, p.health_now);
    cairo_stroke(cr);
    cairo_restore(cr);
    draw_web_labels(cr, p, web);

    // Legend: a solid line for now, a dashed one for the previous visit, in reading order.
    const double legend_y = web.cy + (plan::kChartBottom - plan::kChartCentreY);
    const std::pair<const std::string*, bool> entries[] = {{&p.now_word, false}, {&p.then_word, true}};
    double x = rtl ? a4::kWidth - a4::kMargin : a4::kMargin;
    for (const auto& [word, dashed] : entries) {
        if (dashed && !then) break;
        const double line_x = rtl ? x - plan::kLegendLine : x;
        draw_legend_line(cr, line_x, legend_y - a4::kBodySize * 0.35, dashed);
        const double text_x = rtl ? line_x - a4::kLineGap : line_x + plan::kLegendLine + a4::kLineGap;
        const double width = draw_line(cr, *word, kBody, text_x, legend_y, reading_align(rtl));
        const double advance = plan::kLegendLine + 2 * a4::kLineGap + width + plan::kSectionGap;
        x = rtl ? x - advance : x + advance;
    }
    return legend_y + a4::kBodySize;
}

// --- the plan: goal, offers, dates, consents (page 2 in full, the GP page small) -----------

struct SectionStyle {
    const TextStyle& heading;
    const TextStyle& label;
    const TextStyle& text;
};
const SectionStyle kPlanStyle{kSubtitle, kBodyBold, kBody};
const SectionStyle kGpPlanStyle{kSmallBold, kSmallInk, kSmallInk};

// One line of a section: a label and its text side by side, or one text across the page (the goal).
double draw_section_line(cairo_t* cr, const SheetLine& line, bool rtl, const SectionStyle& style, double top) {
    const double baseline = baseline_below(cr, top + a4::kLineGap, style.label);
    if (line.text.empty())
        return draw_wrapped(cr, line.label, style.text, a4::kMargin, a4::kContentWidth, baseline, reading_align(rtl));
    const double label = draw_cell(cr, line.label, style.label, place(plan::kLabelColumn, rtl), baseline);
    const double text = draw_cell(cr, line.text, style.text, place(plan::kTextColumn, rtl), baseline);
    return std::max(label, text);
}

// A heading and its lines; the heading stays with the first line when the section continues on a new page.
void draw_section(PageFlow& flow, const std::string& heading, const std::vector<SheetLine>& lines, bool rtl,
                  const SectionStyle& style) {
    if (lines.empty()) return;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        flow.place([&, i](cairo_t* cr, double top) {
            if (i == 0)
                top = draw_wrapped(cr, heading, style.heading, a4::kMargin, a4::kContentWidth,
                                   baseline_below(cr, top, style.heading), reading_align(rtl));
            return draw_section_line(cr, lines[i], rtl, style, top);
        });
    }
    flow.skip(plan::kSectionGap);
}

void draw_plan_sections(PageFlow& flow, const SheetPlan& p, bool rtl, const SectionStyle& style) {
    if (!p.goal.empty()) draw_section(flow, p.goal_heading, {{p.goal, ""}}, rtl, style);
    draw_section(flow, p.offers_heading, p.offers, rtl, style);
    draw_section(flow, p.dates_heading, p.dates, rtl, style);
    draw_section(flow, p.consents_heading, p.consents, rtl, style);
}

void draw_plan_page(PdfCanvas& canvas, const SheetContent& sheet) {
    const bool rtl = sheet.right_to_left;
    const auto title = [&sheet, rtl](cairo_t* c) { return draw_page_title(c, sheet.plan.title, rtl) + plan::kSectionGap; };
    PageFlow flow(canvas, title(canvas.cr()), title);
    if (sheet.plan.has_health()) {
        flow.place([&sheet, rtl](cairo_t* c, double top) { return draw_web(c, sheet.plan, rtl, top); });
        flow.skip(plan::kSectionGap);
    }
    draw_plan_sections(flow, sheet.plan, rtl, kPlanStyle);
}

// --- the GP page ---------------------------------------------------------------------------

const std::string& dutch_or(const std::string& dutch, const std::string& other) { return dutch.empty() ? other : dutch; }

// The title with the card and origin lines under it; returns their bottom.
double draw_gp_title(cairo_t* cr, const SheetContent& sheet) {
    double bottom = draw_page_title(cr, kGpTitle, false);
    const std::string card = std::string(kGpCard) + " " + format_card_code(sheet.card_code) + "   " +
                             dutch_or(sheet.date_nl, sheet.date);
    const std::string origin = std::string(kGpRuleset) + " " + sheet.ruleset_id + "   " + kGpKiosk + " " + sheet.kiosk_id;
    for (const std::string& line : {card, origin})
        bottom = draw_wrapped(cr, line, kBody, a4::kMargin, a4::kContentWidth, baseline_below(cr, bottom, kBody));
    return bottom;
}

// The title block and the table's column headings; returns where the rows start.
double draw_gp_heading(cairo_t* cr, const SheetContent& sheet) {
    const auto& columns = a4::kGpColumns;
    const double heading = baseline_below(cr, draw_gp_title(cr, sheet) + plan::kSectionGap, kHeading);
    double bottom = heading;
    const std::pair<const char*, const a4::Column*> headings[] = {
        {kGpMeasure, &columns.measure}, {kGpValue, &columns.value},   {kGpPrevious, &columns.previous},
        {kGpUnit, &columns.unit},       {kGpRange, &columns.range},   {kGpResult, &columns.result},
        {"LOINC", &columns.loinc},      {"NHG", &columns.nhg},        {kGpDevice, &columns.device}};
    for (const auto& [text, column] : headings)
        bottom = std::max(bottom, draw_cell(cr, text, kHeading, place(*column, false), heading));
    rule(cr, bottom + a4::kLineGap);
    return bottom;
}

double draw_gp_row(cairo_t* cr, const SheetRow& row, const std::map<std::string, ClinicalCodes>& codes, double top) {
    const auto& columns = a4::kGpColumns;
    auto cell = [cr](const std::string& text, const TextStyle& style, const a4::Column& column, double baseline) {
        return draw_cell(cr, text, style, place(column, false), baseline);
    };
    const double baseline = baseline_below(cr, top + a4::kGpRowGap, kSmallInk);
    const auto found = codes.find(row.measure);
    const ClinicalCodes none;
    const ClinicalCodes& code = found != codes.end() ? found->second : none;
    double bottom = cell(row.label_nl, kSmallInk, columns.measure, baseline);
    bottom = std::max(bottom, cell(dutch_or(row.value_nl, row.value), kSmallNumberBold, columns.value, baseline));
    bottom = std::max(bottom, cell(dutch_or(row.previous_nl, row.previous), kSmallNumber, columns.previous, baseline));
    bottom = std::max(bottom, cell(row.unit, kSmallNumber, columns.unit, baseline));
    bottom = std::max(bottom, cell(row.range, kSmallNumber, columns.range, baseline));
    SheetRow dutch = row;
    dutch.word = row.word_nl;
    bottom = std::max(bottom, draw_result(cr, dutch, false, place(columns.result, false), baseline, a4::kGpLightRadius,
                                          kSmallInk, kSmall));
    bottom = std::max(bottom, cell(code.loinc, kSmallInk, columns.loinc, baseline));
    bottom = std::max(bottom, cell(code.nhg, kSmallInk, columns.nhg, baseline));
    return std::max(bottom, cell(row.device, kSmall, columns.device, baseline));
}

void draw_gp_page(PdfCanvas& canvas, const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes) {
    const auto heading = [&sheet](cairo_t* c) { return draw_gp_heading(c, sheet); };
    PageFlow flow(canvas, heading(canvas.cr()), heading);
    for (const SheetRow& row : sheet.rows)
        flow.place([&row, &codes](cairo_t* c, double top) { return draw_gp_row(c, row, codes, top); });
    rule(canvas.cr(), flow.top() + a4::kLineGap);
    flow.skip(plan::kSectionGap);
    flow.set_heading([&sheet](cairo_t* c) { return draw_gp_title(c, sheet) + plan::kSectionGap; });
    if (!sheet.risk.text_nl.empty()) {
        std::vector<SheetLine> risk{{sheet.risk.text_nl, ""}};
        risk.insert(risk.end(), sheet.risk.method_nl.begin(), sheet.risk.method_nl.end());
        draw_section(flow, sheet.risk.heading_nl, risk, false, kGpPlanStyle);
    }
    const SheetPlan& p = sheet.plan_nl;
    if (p.has_health()) {
        std::vector<SheetLine> scores;
        for (std::size_t i = 0; i < p.dimensions.size(); ++i) scores.push_back({p.dimensions[i], p.health_values[i]});
        draw_section(flow, p.health_heading, scores, false, kGpPlanStyle);
    }
    draw_plan_sections(flow, p, false, kGpPlanStyle);
}

}  // namespace

bool SheetPlan::has_health() const { return any(health_now) || any(health_then); }

bool SheetContent::has_previous() const {
    return std::any_of(rows.begin(), rows.end(), [](const SheetRow& row) { return !row.previous.empty(); });
}

}  // namespace gc::report

namespace gc::report::deferred {

std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes) {
    const QrMatrix qr = encode_qr(sheet.card_code);
    PdfCanvas canvas(a4::kWidth, a4::kHeight, "Groepsconsult");
    draw_participant_page(canvas, sheet, qr);
    canvas.next_page();
    draw_plan_page(canvas, sheet);
    canvas.next_page();
    draw_gp_page(canvas, sheet, codes);
    return canvas.finish();
}

}  // namespace gc::report::deferred
