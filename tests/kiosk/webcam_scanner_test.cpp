// The webcam path end to end without a camera: a card the project renders, as a PNG (pdftoppm),
// packed into a YUYV frame the way a webcam delivers it, through the worker's conversion
// (devices::to_grey) and the frame handler the camera thread calls (decode with ZXing) to the
// card code handed on like a USB scanner's.
#include "core/card_code.hpp"
#include "devices/camera/grey_frame.hpp"
#include "kiosk/webcam_scanner.hpp"
#include "report/card.hpp"

#include "../report/pdf_tools.hpp"

#include <cairo.h>
#include <catch2/catch.hpp>

#include <vector>

namespace fs = std::filesystem;
using gc::devices::GreyFrame;
using gc::devices::PixelLayout;

namespace {

struct YuyvFrame {
    int width = 0, height = 0, stride = 0;
    std::vector<std::uint8_t> bytes;
};

// The card PNG (ARGB32 as Cairo reads it) in the middle of a 640x480 YUYV frame on a dark
// table: Y from the pixel's luminance, U and V neutral.
YuyvFrame card_in_yuyv_frame(const fs::path& png) {
    cairo_surface_t* image = cairo_image_surface_create_from_png(png.c_str());
    REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
    cairo_surface_flush(image);
    const int w = cairo_image_surface_get_width(image), h = cairo_image_surface_get_height(image);
    const int stride = cairo_image_surface_get_stride(image);
    const std::uint8_t* px = cairo_image_surface_get_data(image);
    YuyvFrame frame{640, 480, 640 * 2, std::vector<std::uint8_t>(640 * 480 * 2, 128)};
    for (std::size_t i = 0; i < frame.bytes.size(); i += 2) frame.bytes[i] = 60;
    REQUIRE(w <= frame.width);
    REQUIRE(h <= frame.height);
    const int left = (frame.width - w) / 2 & ~1, top = (frame.height - h) / 2;
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x) {
            const std::uint8_t* p = px + y * stride + 4 * x;  // B, G, R, A
            const auto luma = static_cast<std::uint8_t>((299u * p[2] + 587u * p[1] + 114u * p[0]) / 1000u);
            frame.bytes[static_cast<std::size_t>((top + y) * frame.stride + 2 * (left + x))] = luma;
        }
    }
    cairo_surface_destroy(image);
    return frame;
}

fs::path card_png(const std::string& code) {
    const fs::path dir = gc::test::output_dir("webcam");
    const fs::path pdf = dir / ("card-" + code + ".pdf");
    gc::test::write_file(pdf, gc::report::render_card_pdf(code));
    const fs::path base = dir / ("card-" + code + "-yuyv");
    REQUIRE(gc::test::run_command("pdftoppm -r 100 -png -singlefile " + gc::test::quote(pdf) + " " + gc::test::quote(base))
                .exit_code == 0);
    return base.string() + ".png";
}

struct Seen {
    std::vector<std::string> codes;
    int wakes = 0;
};

}  // namespace

TEST_CASE("webcam: a rendered card PNG in a YUYV frame reaches the scan tab as its card code") {
    const std::string code = gc::generate_card_code([] { return std::uint64_t{0x31415926535}; });
    const YuyvFrame yuyv = card_in_yuyv_frame(card_png(code));

    GreyFrame grey;
    REQUIRE(gc::devices::to_grey(yuyv.bytes.data(), yuyv.bytes.size(), yuyv.width, yuyv.height, yuyv.stride,
                                 PixelLayout::Yuyv, grey));
    Seen seen;
    gc::kiosk::WebcamScanner scanner(
        "/dev/video-unused", [&](const std::string& c) { seen.codes.push_back(c); }, [&] { ++seen.wakes; });

    grey.sequence = 1;  // not a decode frame: a preview only
    scanner.on_frame(grey);
    CHECK(seen.codes.empty());
    const auto preview = scanner.take_preview();
    REQUIRE(preview);
    CHECK(preview->width == gc::kiosk::WebcamScanner::kPreviewMaxWidth);
    CHECK(preview->height == 240);
    CHECK(preview->grey.size() == 320u * 240u);
    CHECK_FALSE(scanner.take_preview());  // taken once

    grey.sequence = 3;
    scanner.on_frame(grey);
    REQUIRE(seen.codes.size() == 1);
    CHECK(seen.codes[0] == code);
    CHECK(seen.wakes >= 2);

    grey.sequence = 6;  // the same card still in view: not a second scan
    scanner.on_frame(grey);
    CHECK(seen.codes.size() == 1);
}

TEST_CASE("webcam: a frame with no card gives no code, a missing camera says so in Dutch") {
    GreyFrame blank;
    blank.width = 640;
    blank.height = 480;
    blank.pixels.assign(640 * 480, 200);
    std::vector<std::string> codes;
    gc::kiosk::WebcamScanner scanner("/dev/video-groepsconsult-missing", [&](const std::string& c) { codes.push_back(c); }, {});
    scanner.on_frame(blank);
    CHECK(codes.empty());
    const char* error = scanner.start();
    REQUIRE(error != nullptr);
    CHECK(std::string(error) == "Geen webcam gevonden. Sluit een webcam aan.");
    CHECK_FALSE(scanner.running());
    CHECK(scanner.take_failure() == nullptr);
}

TEST_CASE("webcam: the preview of a small frame keeps its size, a wide one is shrunk") {
    GreyFrame frame;
    frame.width = 4;
    frame.height = 2;
    frame.pixels = {1, 2, 3, 4, 5, 6, 7, 8};
    const auto same = gc::kiosk::shrink_for_preview(frame, 320);
    CHECK(same.width == 4);
    CHECK(same.grey == frame.pixels);
    const auto half = gc::kiosk::shrink_for_preview(frame, 2);
    CHECK(half.width == 2);
    CHECK(half.height == 1);
    CHECK(half.grey == std::vector<std::uint8_t>{1, 3});
}
