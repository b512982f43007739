#include "report/qr.hpp"

#include <catch2/catch.hpp>

#include <cairo.h>

#include <cstdint>
#include <string>
#include <vector>

using gc::report::decode_qr;
using gc::report::draw_qr;
using gc::report::encode_qr;
using gc::report::QrError;

namespace {

// Draws the symbol with draw_qr into a white RGB image and returns its grey values.
std::vector<std::uint8_t> render_grey(const gc::report::QrMatrix& qr, int side_px, int& stride) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, side_px, side_px);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    draw_qr(cr, qr, 0, 0, side_px);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int rgb_stride = cairo_image_surface_get_stride(surface);
    stride = side_px;
    std::vector<std::uint8_t> grey(static_cast<std::size_t>(side_px * side_px));
    for (int y = 0; y < side_px; ++y)
        for (int x = 0; x < side_px; ++x)  // RGB24: one uint32 per pixel; any channel will do
            grey[static_cast<std::size_t>(y * side_px + x)] = data[y * rgb_stride + 4 * x + 1];
    cairo_surface_destroy(surface);
    return grey;
}

std::optional<std::string> round_trip(const std::string& payload, int side_px = 240) {
    int stride = 0;
    const auto grey = render_grey(encode_qr(payload), side_px, stride);
    return decode_qr(grey.data(), side_px, side_px, stride);
}

}  // namespace

TEST_CASE("a card code survives encode, draw and decode") {
    CHECK(round_trip("7K3QX0PM4") == std::optional<std::string>("7K3QX0PM4"));
}

TEST_CASE("UTF-8 payloads outside Latin-1 come back unchanged") {
    const std::string arabic = "\xd9\x85\xd8\xb1\xd8\xad\xd8\xa8\xd8\xa7 7K3QX0PM4";   // "مرحبا 7K3QX0PM4"
    const std::string turkish = "G\xc3\xbc" "ne\xc5\x9f \xc4\xb1\xc4\xb0";              // "Güneş ıİ"
    CHECK(round_trip(arabic, 320) == std::optional<std::string>(arabic));
    CHECK(round_trip(turkish) == std::optional<std::string>(turkish));
}

TEST_CASE("the matrix is square, has no quiet zone and has the finder patterns") {
    const auto qr = encode_qr("7K3QX0PM4");
    REQUIRE(qr.size() == 21);  // version 1 holds 9 alphanumerics at level M
    // Top-left finder: a dark 7x7 ring with a light ring inside.
    CHECK(qr.dark(0, 0));
    CHECK(qr.dark(6, 6));
    CHECK_FALSE(qr.dark(1, 1));
    CHECK(qr.dark(3, 3));
    CHECK_FALSE(qr.dark(7, 7));  // separator
}

TEST_CASE("an empty payload is refused with a clear error") {
    CHECK_THROWS_AS(encode_qr(""), QrError);
    CHECK_THROWS_WITH(encode_qr(""), Catch::Contains("empty"));
}

TEST_CASE("a payload larger than a QR symbol holds is refused, not truncated") {
    CHECK_THROWS_AS(encode_qr(std::string(4000, 'x')), QrError);
}

TEST_CASE("decoding an image without a QR code finds nothing") {
    std::vector<std::uint8_t> blank(100 * 100, 255);
    CHECK_FALSE(decode_qr(blank.data(), 100, 100, 100).has_value());
}

TEST_CASE("decoding rejects impossible image geometry instead of reading out of bounds") {
    std::vector<std::uint8_t> pixels(16, 0);
    CHECK_FALSE(decode_qr(nullptr, 4, 4, 4).has_value());
    CHECK_FALSE(decode_qr(pixels.data(), 0, 4, 4).has_value());
    CHECK_FALSE(decode_qr(pixels.data(), 4, 4, 3).has_value());
}

TEST_CASE("decoding honours a row stride wider than the image") {
    int stride = 0;
    const int side = 240;
    const auto tight = render_grey(encode_qr("7K3QX0PM4"), side, stride);
    const int padded_stride = side + 17;
    std::vector<std::uint8_t> padded(static_cast<std::size_t>(padded_stride * side), 0);  // black padding
    for (int y = 0; y < side; ++y)
        std::copy_n(tight.begin() + y * side, side, padded.begin() + y * padded_stride);
    CHECK(decode_qr(padded.data(), side, side, padded_stride) == std::optional<std::string>("7K3QX0PM4"));
}
