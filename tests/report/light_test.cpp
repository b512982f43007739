#include "report/layout.hpp"

#include <catch2/catch.hpp>

#include <cairo.h>

#include <cmath>

using gc::report::draw_light;
using gc::report::Light;

namespace {

struct Pixel {
    int r, g, b;
};

// Draws one light (radius 40 px) centred in a 100x100 white image and reads pixel (x, y).
Pixel light_pixel(Light light, int x, int y) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, 100, 100);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw_light(cr, light, 50, 50, 40);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const unsigned char* row = cairo_image_surface_get_data(surface) + y * cairo_image_surface_get_stride(surface);
    const Pixel p{row[4 * x + 2], row[4 * x + 1], row[4 * x + 0]};  // little-endian xRGB
    cairo_surface_destroy(surface);
    return p;
}

int grey(const gc::report::layout::Rgb& c) {
    return static_cast<int>(std::lround(255 * (0.299 * c.r + 0.587 * c.g + 0.114 * c.b)));
}

}  // namespace

TEST_CASE("each light is a disc of its own colour around a white symbol") {
    for (const Light light : {Light::good, Light::attention, Light::high}) {
        const auto colour = gc::report::light_colour(light);
        const Pixel rim = light_pixel(light, 50, 14);  // inside the disc, above every symbol
        CHECK(std::abs(rim.r - static_cast<int>(std::lround(colour.r * 255))) <= 2);
        CHECK(std::abs(rim.g - static_cast<int>(std::lround(colour.g * 255))) <= 2);
        const Pixel outside = light_pixel(light, 3, 3);
        CHECK(outside.r == 255);
    }
}

TEST_CASE("each light has its own symbol: check mark, exclamation mark, cross") {
    // Radius 40 around (50, 50). Points on one symbol's strokes and off the others'.
    CHECK(light_pixel(Light::good, 44, 65).r == 255);       // the check's lowest corner
    CHECK(light_pixel(Light::attention, 50, 68).r == 255);  // the exclamation's dot
    CHECK(light_pixel(Light::attention, 50, 35).r == 255);  // the exclamation's stem
    CHECK(light_pixel(Light::high, 36, 36).r == 255);       // the cross's upper-left arm
    CHECK(light_pixel(Light::good, 36, 36).r < 200);
    CHECK(light_pixel(Light::attention, 36, 36).r < 250);
    CHECK(light_pixel(Light::high, 50, 68).r < 200);
}

TEST_CASE("the three light colours stay apart when printed in grey") {
    const int good = grey(gc::report::light_colour(Light::good));
    const int attention = grey(gc::report::light_colour(Light::attention));
    const int high = grey(gc::report::light_colour(Light::high));
    CHECK(std::abs(good - attention) >= 30);
    CHECK(std::abs(attention - high) >= 30);
    // good vs high may be close in grey: the symbol and the word tell them apart.
    CHECK(good != high);
}
