// The webcam path: card PDFs the project renders, rasterised (pdftoppm, as a camera would see a
// printed card), fed as frames in each pixel format through decode_card_frame.
#include "core/card_code.hpp"
#include "report/card.hpp"
#include "report/card_frame.hpp"
#include "report/qr.hpp"

#include "pdf_tools.hpp"

#include <cairo.h>
#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using gc::report::FrameFormat;

namespace {

fs::path card_pdf(const std::string& code) {
    const fs::path pdf = gc::test::output_dir("webcam") / ("card-" + code + ".pdf");
    gc::test::write_file(pdf, gc::report::render_card_pdf(code));
    return pdf;
}

// The card in the middle of a larger, darker frame, like a hand holding it up to the camera.
gc::test::GreyImage in_camera_frame(const gc::test::GreyImage& card) {
    gc::test::GreyImage frame;
    frame.width = card.width + 240;
    frame.height = card.height + 160;
    frame.pixels.assign(static_cast<std::size_t>(frame.width * frame.height), 70);
    for (int y = 0; y < card.height; ++y) {
        for (int x = 0; x < card.width; ++x) {
            frame.pixels[static_cast<std::size_t>((y + 80) * frame.width + x + 120)] =
                card.pixels[static_cast<std::size_t>(y * card.width + x)];
        }
    }
    return frame;
}

}  // namespace

TEST_CASE("webcam: a rendered card decodes to its card code in every frame format") {
    const std::string code = "7K3QX0PM4";
    REQUIRE(gc::is_valid_card_code(code));
    const auto frame = in_camera_frame(gc::test::render_page_grey(card_pdf(code), 150));
    const auto w = static_cast<std::size_t>(frame.width);
    const auto expected = std::optional<std::string>(code);

    CHECK(gc::report::decode_card_frame(frame.pixels.data(), frame.width, frame.height, frame.width, FrameFormat::Grey8) ==
          expected);

    std::vector<std::uint8_t> rgb, yuyv;
    for (auto v : frame.pixels) rgb.insert(rgb.end(), {v, v, v});
    for (std::size_t i = 0; i < frame.pixels.size(); ++i) yuyv.insert(yuyv.end(), {frame.pixels[i], 128});
    CHECK(gc::report::decode_card_frame(rgb.data(), frame.width, frame.height, static_cast<int>(3 * w),
                                        FrameFormat::Rgb24) == expected);
    CHECK(gc::report::decode_card_frame(yuyv.data(), frame.width, frame.height, static_cast<int>(2 * w),
                                        FrameFormat::Yuyv) == expected);
}

TEST_CASE("webcam: a PNG of the card (pdftoppm -png, read by Cairo as BGRX) decodes") {
    // A fresh, valid code (the 9th symbol is the check character).
    const std::string full = gc::generate_card_code([] { return std::uint64_t{0x5a5a5a5a5a}; });
    const fs::path pdf = card_pdf(full);
    const fs::path png_base = pdf.parent_path() / ("card-" + full);
    REQUIRE(gc::test::run_command("pdftoppm -r 120 -png -singlefile " + gc::test::quote(pdf) + " " +
                                  gc::test::quote(png_base)).exit_code == 0);
    cairo_surface_t* image = cairo_image_surface_create_from_png((png_base.string() + ".png").c_str());
    REQUIRE(cairo_surface_status(image) == CAIRO_STATUS_SUCCESS);
    cairo_surface_flush(image);
    const auto* pixels = cairo_image_surface_get_data(image);
    CHECK(gc::report::decode_card_frame(pixels, cairo_image_surface_get_width(image), cairo_image_surface_get_height(image),
                                        cairo_image_surface_get_stride(image), FrameFormat::Bgrx32) ==
          std::optional<std::string>(full));
    cairo_surface_destroy(image);
}

TEST_CASE("webcam: no card in view, another QR, or a bad frame give no code") {
    std::vector<std::uint8_t> blank(320 * 240, 200);
    CHECK_FALSE(gc::report::decode_card_frame(blank.data(), 320, 240, 320, FrameFormat::Grey8));
    CHECK_FALSE(gc::report::decode_card_frame(nullptr, 320, 240, 320, FrameFormat::Grey8));
    CHECK_FALSE(gc::report::decode_card_frame(blank.data(), 320, 240, 100, FrameFormat::Grey8));  // stride too small
    CHECK_FALSE(gc::report::decode_card_frame(blank.data(), 160, 240, 320, FrameFormat::Rgb24));  // stride too small

    // A QR that is not a card code (a web address on a poster) is not a participant.
    const gc::report::QrMatrix qr = gc::report::encode_qr("https://example.org/poster");
    const int scale = 6, quiet = 4;
    const int side = (qr.size() + 2 * quiet) * scale;
    std::vector<std::uint8_t> poster(static_cast<std::size_t>(side * side), 255);
    for (int y = 0; y < qr.size(); ++y) {
        for (int x = 0; x < qr.size(); ++x) {
            if (!qr.dark(x, y)) continue;
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx) {
                    poster[static_cast<std::size_t>(((y + quiet) * scale + dy) * side + (x + quiet) * scale + dx)] = 0;
                }
            }
        }
    }
    REQUIRE(gc::report::decode_qr(poster.data(), side, side, side) == std::optional<std::string>("https://example.org/poster"));
    CHECK_FALSE(gc::report::decode_card_frame(poster.data(), side, side, side, FrameFormat::Grey8));
}
