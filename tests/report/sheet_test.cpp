#include "report/clinical_codes.hpp"
#include "report/qr.hpp"
#include "report/sheet.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using gc::report::Light;
using gc::report::SheetContent;
using gc::report::SheetRow;

namespace {

fs::path output_dir() {
    const fs::path dir = fs::path(GC_TEST_OUTPUT_DIR) / "report";
    fs::create_directories(dir);
    return dir;
}

std::map<std::string, gc::report::ClinicalCodes> shipped_codes() {
    const fs::path path = fs::path(GC_TEST_SOURCE_DIR) / "assets" / "report" / "clinical_codes.toml";
    return gc::report::parse_clinical_codes(gc::test::read_file(path), path.string());
}

SheetContent dutch_sheet() {
    SheetContent s;
    s.headings = {"Uw uitslagen", "Uw waarde", "Goed is", "Uitslag"};
    s.show_dutch = false;
    s.date = "22-11-2026";
    s.card_code = "7K3QX0PM4";
    s.ruleset_id = "nl-2024.1";
    s.kiosk_id = "kiosk-buurthuis-1";
    s.rows = {
        {"systolic", "Bovendruk", "Bovendruk", "142", "mmHg", "90 – 139", Light::attention, "Let op", "Let op",
         "Uw bovendruk is wat hoog. Laat hem over een paar weken opnieuw meten.", "Omron M500 · 2023110045"},
        {"diastolic", "Onderdruk", "Onderdruk", "84", "mmHg", "60 – 89", Light::good, "Goed", "Goed",
         "Uw onderdruk is goed.", "Omron M500 · 2023110045"},
        {"bmi", "BMI", "BMI", "31,2", "kg/m²", "18,5 – 24,9", Light::high, "Te hoog", "Te hoog",
         "Uw gewicht is te hoog voor uw lengte. Praat met de leefstijlcoach.", "Tanita BC-545N · 77812"},
        {"glucose", "Suiker in het bloed", "Glucose", "5,4", "mmol/L", "4,0 – 7,7", Light::good, "Goed", "Goed",
         "Uw bloedsuiker is goed.", "Contour Next · 55190"},
    };
    return s;
}

SheetContent arabic_sheet() {
    SheetContent s = dutch_sheet();
    s.right_to_left = true;
    s.show_dutch = true;
    s.headings = {"نتائجك", "قيمتك", "الجيد هو", "النتيجة"};
    s.rows[0].label = "الضغط الانقباضي";
    s.rows[0].word = "انتبه";
    s.rows[0].sentence = "ضغط الدم لديك مرتفع قليلاً. قم بقياسه مرة أخرى بعد بضعة أسابيع.";
    s.rows[1].label = "الضغط الانبساطي";
    s.rows[1].word = "جيد";
    s.rows[1].sentence = "ضغط الدم الانبساطي لديك جيد.";
    s.rows[2].label = "مؤشر كتلة الجسم";
    s.rows[2].word = "مرتفع";
    s.rows[2].sentence = "وزنك مرتفع بالنسبة لطولك. تحدث مع مدرب نمط الحياة.";
    s.rows[3].label = "السكر في الدم";
    s.rows[3].word = "جيد";
    s.rows[3].sentence = "نسبة السكر في دمك جيدة.";
    return s;
}

fs::path render(const SheetContent& sheet, const std::string& name) {
    const fs::path pdf = output_dir() / (name + ".pdf");
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
