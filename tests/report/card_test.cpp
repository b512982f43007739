#include "report/card.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;

TEST_CASE("the card PDF is credit-card size and carries the code as QR and as text") {
    const fs::path pdf = gc::test::output_dir() / "card-7K3QX0PM4.pdf";
    gc::test::write_file(pdf, gc::report::render_card_pdf("7K3QX0PM4"));

    CHECK(gc::test::pdf_page_size(pdf) == "242.646 x 153.071 pts");  // 85.6 x 54 mm

    const std::string text = gc::test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Groepsconsult"));
    CHECK_THAT(text, Catch::Contains("7K3-QX0-PM4"));

    // As the webcam would see a printed card: a grey raster through the same decoder.
    for (const int dpi : {100, 150, 300}) {
        CAPTURE(dpi);
        const auto page = gc::test::render_page_grey(pdf, dpi);
        CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
              std::optional<std::string>("7K3QX0PM4"));
    }
}

TEST_CASE("an empty card code produces no card") {
    CHECK_THROWS_AS(gc::report::render_card_pdf(""), gc::report::QrError);
}

TEST_CASE("save_pdf writes the bytes, and on failure names the path and leaves nothing") {
    const fs::path good = gc::test::output_dir() / "saved.pdf";
    gc::report::save_pdf(good, "%PDF-1.5 test");
    CHECK(gc::test::read_file(good) == "%PDF-1.5 test");

    const fs::path bad = gc::test::output_dir() / "no-such-dir" / "card.pdf";
    CHECK_THROWS_WITH(gc::report::save_pdf(bad, "%PDF"), Catch::Contains(bad.string()));
    CHECK_FALSE(fs::exists(bad));
    CHECK_FALSE(fs::exists(bad.parent_path()));
}
