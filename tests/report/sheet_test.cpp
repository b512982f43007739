#include "report/clinical_codes.hpp"
#include "report/qr.hpp"
#include "report/sheet.hpp"

#include "pdf_tools.hpp"
#include "sample_sheets.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using gc::report::SheetContent;
using gc::test::arabic_sheet;
using gc::test::dutch_sheet;
using gc::test::turkish_sheet;

namespace {

std::map<std::string, gc::report::ClinicalCodes> shipped_codes() {
    const fs::path path = fs::path(GC_TEST_SOURCE_DIR) / "assets" / "report" / "clinical_codes.toml";
    return gc::report::parse_clinical_codes(gc::test::read_file(path), path.string());
}

fs::path render(const SheetContent& sheet, const std::string& name) {
    const fs::path pdf = gc::test::output_dir() / (name + ".pdf");
    gc::test::write_file(pdf, gc::report::render_sheet_pdf(sheet, shipped_codes()));
    return pdf;
}

}  // namespace

TEST_CASE("the shipped code table gives the verified LOINC and NHG codes") {
    const auto codes = shipped_codes();
    CHECK(codes.at("systolic").loinc == "8480-6");
    CHECK(codes.at("systolic").nhg == "1744");
    CHECK(codes.at("total_cholesterol").loinc == "14647-2");  // mmol/L, not the mg/dL 2093-3
    CHECK(codes.at("waist").nhg.empty());                     // not confirmed: not printed
}

TEST_CASE("a broken code table is refused with the file and entry named") {
    using gc::report::parse_clinical_codes;
    CHECK_THROWS_WITH(parse_clinical_codes("[systolic\nloinc = 1", "codes.toml"), Catch::Contains("codes.toml"));
    CHECK_THROWS_WITH(parse_clinical_codes("[blood_colour]\nloinc = \"1-1\"", "codes.toml"),
                      Catch::Contains("unknown measure [blood_colour]"));
    CHECK_THROWS_WITH(parse_clinical_codes("[systolic]\nnhg = \"1744\"", "codes.toml"),
                      Catch::Contains("[systolic] has no loinc"));
    CHECK_THROWS_WITH(parse_clinical_codes("systolic = 3", "codes.toml"), Catch::Contains("not a table"));
}

TEST_CASE("the Dutch sheet holds every value, unit, range, word and sentence, and the GP page the codes") {
    const fs::path pdf = render(dutch_sheet(), "sheet-nl");
    CHECK(gc::test::pdf_page_size(pdf) == "595.276 x 841.89 pts (A4)");
    const std::string text = gc::test::pdf_text(pdf);
    for (const auto& row : dutch_sheet().rows) {
        CAPTURE(row.measure);
        CHECK_THAT(text, Catch::Contains(row.label) && Catch::Contains(row.value) && Catch::Contains(row.unit) &&
                             Catch::Contains(row.word));
        CHECK_THAT(text, Catch::Contains(row.range));
    }
    CHECK_THAT(text, Catch::Contains("Uw bovendruk is wat hoog."));
    CHECK_THAT(text, Catch::Contains("Voor de huisarts") && Catch::Contains("8480-6") && Catch::Contains("1744") &&
                         Catch::Contains("39156-5") && Catch::Contains("14743-9"));
    CHECK_THAT(text, Catch::Contains("nl-2024.1") && Catch::Contains("kiosk-buurthuis-1") &&
                         Catch::Contains("Omron M500"));

    const auto page = gc::test::render_page_grey(pdf, 100);
    CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>("7K3QX0PM4"));
}

TEST_CASE("the Arabic sheet carries the Arabic words and the Dutch ones for the GP") {
    const fs::path pdf = render(arabic_sheet(), "sheet-ar");
    const std::string text = gc::test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Let op") && Catch::Contains("Bovendruk") && Catch::Contains("142"));
    CHECK_THAT(text, Catch::Contains("Voor de huisarts"));
    const auto fonts = gc::test::run_command("pdffonts " + gc::test::quote(pdf)).output;
    CHECK_THAT(fonts, Catch::Contains("NotoSansArabic"));
    const auto page = gc::test::render_page_grey(pdf, 100);
    CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>("7K3QX0PM4"));
}

TEST_CASE("the Turkish sheet keeps Turkish letters (ı İ ş ğ ç ü) as text, with the Dutch words for the GP") {
    const fs::path pdf = render(turkish_sheet(), "sheet-tr");
    const std::string text = gc::test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Büyük tansiyon") && Catch::Contains("İyi") && Catch::Contains("Çok yüksek") &&
                         Catch::Contains("Kan şekeri") && Catch::Contains("Sonuçlarınız"));
    CHECK_THAT(text, Catch::Contains("Bovendruk") && Catch::Contains("Te hoog"));
}

TEST_CASE("a follow-up sheet: then and now, the web and the plan, and no text printed over other text") {
    const fs::path pdf = render(gc::test::follow_up_sheet(), "sheet-follow-up");
    const std::string text = gc::test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Vorige keer") && Catch::Contains("20 mei 2026") && Catch::Contains("151") &&
                         Catch::Contains("Positieve Gezondheid") && Catch::Contains("Zingeving") &&
                         Catch::Contains("Elke dag 30 minuten wandelen") && Catch::Contains("Sanne de Vries") &&
                         Catch::Contains("3 januari 2027") && Catch::Contains("Nee"));
    CHECK(gc::test::overlapping_words(pdf) == std::vector<std::string>{});
    CHECK(gc::test::overlapping_words(render(dutch_sheet(), "sheet-nl-overlap")) == std::vector<std::string>{});
    CHECK(gc::test::overlapping_words(render(turkish_sheet(), "sheet-tr-overlap")) == std::vector<std::string>{});
}
