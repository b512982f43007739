#include "report/text.hpp"

#include <pango/pangocairo.h>

#include <map>
#include <memory>
#include <mutex>
#include <utility>

namespace gc::report {
namespace {

struct LayoutDeleter {
    void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, LayoutDeleter>;

LayoutPtr make_layout(cairo_t* cr, std::string_view utf8, const TextStyle& style) {
    LayoutPtr layout(pango_cairo_create_layout(cr));
    PangoFontDescription* font = pango_font_description_new();
    pango_font_description_set_family(font, layout::kFontFamily);
    pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    // Absolute size: one Cairo unit is one point here, whatever resolution Pango assumes.
    pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
    pango_layout_set_font_description(layout.get(), font);
    pango_font_description_free(font);
    if (style.left_to_right || style.right_to_left) {
        pango_layout_set_auto_dir(layout.get(), FALSE);
        pango_context_set_base_dir(pango_layout_get_context(layout.get()),
                                   style.left_to_right ? PANGO_DIRECTION_LTR : PANGO_DIRECTION_RTL);
        pango_layout_context_changed(layout.get());
    }
    pango_layout_set_text(layout.get(), utf8.data(), static_cast<int>(utf8.size()));
    return layout;
}

double logical_width(PangoLayout* layout) {
    PangoRectangle logical;
    pango_layout_get_extents(layout, nullptr, &logical);
    return static_cast<double>(logical.width) / PANGO_SCALE;
}

void show(cairo_t* cr, PangoLayout* layout, const TextStyle& style, double x, double y) {
    cairo_save(cr);
    cairo_set_source_rgb(cr, style.colour.r, style.colour.g, style.colour.b);
    cairo_move_to(cr, x, y);
    pango_cairo_show_layout(cr, layout);
    cairo_new_path(cr);  // show_layout leaves a current point behind
    cairo_restore(cr);
}

PangoAlignment pango_alignment(HAlign align) {
    switch (align) {
    case HAlign::left: return PANGO_ALIGN_LEFT;
    case HAlign::centre: return PANGO_ALIGN_CENTER;
    case HAlign::right: return PANGO_ALIGN_RIGHT;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

double draw_line(cairo_t* cr, std::string_view utf8, const TextStyle& style, double x,
                 double baseline_y, HAlign align) {
    const LayoutPtr layout = make_layout(cr, utf8, style);
    const double width = logical_width(layout.get());
    double left = x;
    if (align == HAlign::centre) left = x - width / 2;
    if (align == HAlign::right) left = x - width;
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout.get())) / PANGO_SCALE;
    show(cr, layout.get(), style, left, baseline_y - baseline);
    return width;
}

double line_width(cairo_t* cr, std::string_view utf8, const TextStyle& style) {
    return logical_width(make_layout(cr, utf8, style).get());
}

namespace {

// One line with a Latin and an Arabic letter: both faces take part in the line box.
constexpr std::string_view kProbe = "Ág \u0644\u0627";

// Ascent and height of a line in one size and weight. Fonts do not change while the process
// runs, so they are measured once (a layout per call made a sheet ~40% slower).
struct LineMetrics {
    double ascent, height;
};

LineMetrics line_metrics(cairo_t* cr, const TextStyle& style) {
    static std::mutex mutex;  // sheets may be rendered off the UI thread
    static std::map<std::pair<double, bool>, LineMetrics> cache;
    const std::lock_guard<std::mutex> lock(mutex);
    const auto key = std::make_pair(style.size_pt, style.bold);
    auto found = cache.find(key);
    if (found != cache.end()) return found->second;
    const LayoutPtr layout = make_layout(cr, kProbe, style);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    const LineMetrics metrics{static_cast<double>(pango_layout_get_baseline(layout.get())) / PANGO_SCALE,
                              static_cast<double>(logical.height) / PANGO_SCALE};
    return cache.emplace(key, metrics).first->second;
}

}  // namespace

double line_ascent(cairo_t* cr, const TextStyle& style) { return line_metrics(cr, style).ascent; }

double line_height(cairo_t* cr, const TextStyle& style) { return line_metrics(cr, style).height; }

double draw_wrapped(cairo_t* cr, std::string_view utf8, const TextStyle& style, double left, double width,
                    double baseline_y, HAlign align) {
    const LayoutPtr layout = make_layout(cr, utf8, style);
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    // With automatic direction Pango flips left and right for a right-to-left paragraph; undo
    // that so `align` means the side of the page.
    const PangoLayoutLine* first = pango_layout_get_line_readonly(layout.get(), 0);
    const bool rtl_text = pango_layout_get_auto_dir(layout.get()) && first && first->resolved_dir == PANGO_DIRECTION_RTL;
    HAlign wanted = align;
    if (rtl_text && align == HAlign::left) wanted = HAlign::right;
    if (rtl_text && align == HAlign::right) wanted = HAlign::left;
    pango_layout_set_alignment(layout.get(), pango_alignment(wanted));
    const double baseline = static_cast<double>(pango_layout_get_baseline(layout.get())) / PANGO_SCALE;
    const double top = baseline_y - baseline;
    show(cr, layout.get(), style, left, top);
    PangoRectangle logical;
    pango_layout_get_extents(layout.get(), nullptr, &logical);
    return top + static_cast<double>(logical.height) / PANGO_SCALE;
}

}  // namespace gc::report
