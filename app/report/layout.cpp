#include "report/layout.hpp"

#include <cmath>

namespace gc::report {
namespace {

void set_colour(cairo_t* cr, const layout::Rgb& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// Symbol strokes in units of the disc radius.
constexpr double kStrokeWidth = 0.26;

void stroke_check(cairo_t* cr, double r) {
    cairo_move_to(cr, -0.48 * r, 0.02 * r);
    cairo_line_to(cr, -0.14 * r, 0.38 * r);
    cairo_line_to(cr, 0.50 * r, -0.36 * r);
    cairo_stroke(cr);
}

void draw_exclamation(cairo_t* cr, double r) {
    cairo_move_to(cr, 0.0, -0.55 * r);
    cairo_line_to(cr, 0.0, 0.16 * r);
    cairo_stroke(cr);
    cairo_arc(cr, 0.0, 0.46 * r, 0.5 * kStrokeWidth * r * 1.1, 0.0, 2 * M_PI);
    cairo_fill(cr);
}

void stroke_cross(cairo_t* cr, double r) {
    const double d = 0.40 * r;
    cairo_move_to(cr, -d, -d);
    cairo_line_to(cr, d, d);
    cairo_move_to(cr, d, -d);
    cairo_line_to(cr, -d, d);
    cairo_stroke(cr);
}

}  // namespace

layout::Rgb light_colour(Light light) {
    switch (light) {
    case Light::good: return layout::kLightGood;
    case Light::attention: return layout::kLightAttention;
    case Light::high: return layout::kLightHigh;
    }
    return layout::kInk;
}

void draw_light(cairo_t* cr, Light light, double centre_x, double centre_y, double radius) {
    cairo_save(cr);
    cairo_new_path(cr);  // a text layout leaves a current point; an arc would join it with a line
    cairo_translate(cr, centre_x, centre_y);
    set_colour(cr, light_colour(light));
    cairo_arc(cr, 0.0, 0.0, radius, 0.0, 2 * M_PI);
    cairo_fill(cr);

    set_colour(cr, layout::kWhite);
    cairo_set_line_width(cr, kStrokeWidth * radius);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
    cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
    switch (light) {
    case Light::good: stroke_check(cr, radius); break;
    case Light::attention: draw_exclamation(cr, radius); break;
    case Light::high: stroke_cross(cr, radius); break;
    }
    cairo_restore(cr);
}

}  // namespace gc::report
