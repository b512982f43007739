// `groepsconsult card` and `groepsconsult print-file` as a host or installer runs them; printing
// goes to the private cupsd of the report/cupsd_start fixture.
#include "pdf_tools.hpp"
#include "report/qr.hpp"

#include <catch2/catch.hpp>

#include <filesystem>

namespace fs = std::filesystem;
using gc::test::quote;
using gc::test::run_command;

namespace {

const fs::path kRoot = GC_CUPS_ROOT;

// `env`: more VAR=value settings for the command (the passphrase).
gc::test::CommandResult groepsconsult(const std::string& args, const std::string& cups_socket = {},
                                      const std::string& env = {}) {
    const std::string server =
        "CUPS_SERVER=" + quote(cups_socket.empty() ? (kRoot / "run" / "cups.sock").string() : cups_socket);
    return run_command(server + " " + env + " " + quote(GC_GROEPSCONSULT) + " " + args + " 2>&1");
}

// A card made by the CLI itself, to print.
fs::path printable_card() {
    const fs::path pdf = gc::test::output_dir("cli") / "to-print.pdf";
    const auto r = groepsconsult("card 7K3QX0PM4 --out " + quote(pdf));
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return pdf;
}

}  // namespace

TEST_CASE("groepsconsult card writes a card PDF that scans back to the canonical code") {
    const fs::path pdf = gc::test::output_dir("cli") / "card.pdf";
    fs::remove(pdf);
    const auto r = groepsconsult("card 7k3-qx0-pm4 --out " + quote(pdf));  // as typed by a host
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    CHECK_THAT(gc::test::pdf_text(pdf), Catch::Contains("7K3-QX0-PM4"));
    const auto page = gc::test::render_page_grey(pdf, 150);
    CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>("7K3QX0PM4"));
}

TEST_CASE("groepsconsult card refuses a mistyped code with exit 2 and writes nothing") {
    const fs::path pdf = gc::test::output_dir("cli") / "mistyped.pdf";
    fs::remove(pdf);
    const auto r = groepsconsult("card 7K3-QX0-PM5 --out " + quote(pdf));  // wrong check symbol
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.output, Catch::Contains("not a valid card code"));
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("groepsconsult card reports an unwritable output path with exit 1") {
    const fs::path pdf = gc::test::output_dir("cli") / "no-such-dir" / "card.pdf";
    const auto r = groepsconsult("card 7K3QX0PM4 --out " + quote(pdf));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains(pdf.string()));
}

TEST_CASE("groepsconsult print-file prints to the queue and waits for the job to complete") {
    const fs::path pdf = printable_card();
    const auto r = groepsconsult("print-file " + quote(pdf) + " --queue KioskTest --wait 10");
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("completed"));
}

TEST_CASE("groepsconsult print-file explains a paused printer and exits 1, the job stays queued") {
    const fs::path pdf = printable_card();
    const auto r = groepsconsult("print-file " + quote(pdf) + " --queue KioskStopped --wait 5");
    INFO(r.output);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("pending") && Catch::Contains("paused"));
    const auto cancel = run_command("cancel -a -h " + quote((kRoot / "run" / "cups.sock").string()) + " KioskStopped");
    CHECK(cancel.exit_code == 0);
}

TEST_CASE("groepsconsult print-file names an unknown queue and a missing file") {
    const fs::path pdf = printable_card();
    const auto unknown = groepsconsult("print-file " + quote(pdf) + " --queue NoSuchQueue");
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("unknown_queue"));

    const auto missing = groepsconsult("print-file " + quote(gc::test::output_dir("cli") / "missing.pdf"));
    CHECK(missing.exit_code == 2);
    CHECK_THAT(missing.output, Catch::Contains("missing.pdf"));
}

TEST_CASE("groepsconsult print-file says the print service is down when cupsd is not running") {
    const fs::path pdf = printable_card();
    const auto r = groepsconsult("print-file " + quote(pdf) + " --queue KioskTest",
                                 (gc::test::output_dir("cli") / "no-cupsd.sock").string());
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.output, Catch::Contains("scheduler_unreachable"));
}

TEST_CASE("groepsconsult printer-status shows the state and the host message, exit 1 when unusable") {
    const auto idle = groepsconsult("printer-status --queue KioskTest");
    CHECK(idle.exit_code == 0);
    CHECK_THAT(idle.output, Catch::Contains("KioskTest: idle") && Catch::Contains("De printer is klaar."));

    const auto paused = groepsconsult("printer-status --queue KioskStopped");
    CHECK(paused.exit_code == 0);  // jobs are accepted; they wait
    CHECK_THAT(paused.output, Catch::Contains("paused"));

    const auto rejecting = groepsconsult("printer-status --queue KioskRejecting");
    CHECK(rejecting.exit_code == 1);
    CHECK_THAT(rejecting.output, Catch::Contains("not_accepting"));

    const auto down = groepsconsult("printer-status", (gc::test::output_dir("cli") / "no-cupsd.sock").string());
    CHECK(down.exit_code == 1);
    CHECK_THAT(down.output, Catch::Contains("scheduler_unreachable"));
}

namespace {

const std::string kPassphrase = "GROEPSCONSULT_PASSPHRASE='sheet cli test'";

// A fresh encrypted database with demo participants (visit, goal, referral, follow-ups);
// returns its --db option and the first card code.
std::pair<std::string, std::string> demo_database(const std::string& name) {
    const fs::path dir = gc::test::output_dir("cli") / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    const std::string db = " --db " + quote(dir / "kiosk.db");
    const auto r = run_command(kPassphrase + " " + quote(GC_GROEPSCONSULT) + " demo-data --participants 2" + db);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    return {db, r.output.substr(0, r.output.find('\n'))};
}

}  // namespace

TEST_CASE("groepsconsult sheet writes the latest visit's sheet from the store and its QR scans back") {
    const auto [db, code] = demo_database("sheet");
    const fs::path pdf = gc::test::output_dir("cli") / "sheet.pdf";
    fs::remove(pdf);
    const auto r = groepsconsult("sheet " + code + " --out " + quote(pdf) + db, {}, kPassphrase);
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
    const std::string text = gc::test::pdf_text(pdf);
    CHECK_THAT(text, Catch::Contains("Voor de huisarts") && Catch::Contains("Toestemming") && Catch::Contains("mmHg"));
    const auto page = gc::test::render_page_grey(pdf, 100);
    CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>(code));
}

TEST_CASE("groepsconsult sheet refuses an unknown card, a mistyped card and a wrong passphrase and writes no file") {
    const auto [db, code] = demo_database("sheet-bad");
    const fs::path pdf = gc::test::output_dir("cli") / "sheet-bad.pdf";
    fs::remove(pdf);
    const auto unknown = groepsconsult("sheet 7K3QX0PM4 --out " + quote(pdf) + db, {}, kPassphrase);
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("no participant with that card code"));
    const auto mistyped = groepsconsult("sheet 7K3-QX0-PM5 --out " + quote(pdf) + db, {}, kPassphrase);
    CHECK(mistyped.exit_code == 2);
    CHECK_THAT(mistyped.output, Catch::Contains("not a valid card code"));
    const auto wrong = groepsconsult("sheet " + code + " --out " + quote(pdf) + db, {}, "GROEPSCONSULT_PASSPHRASE=wrong");
    CHECK(wrong.exit_code == 1);
    CHECK_FALSE(fs::exists(pdf));
}

TEST_CASE("groepsconsult print prints the sheet from the store and names an unknown queue") {
    const auto [db, code] = demo_database("print");
    const auto r = groepsconsult("print " + code + " --queue KioskTest --wait 10" + db, {}, kPassphrase);
    INFO(r.output);
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.output, Catch::Contains("completed"));

    const auto unknown = groepsconsult("print " + code + " --queue NoSuchQueue" + db, {}, kPassphrase);
    CHECK(unknown.exit_code == 1);
    CHECK_THAT(unknown.output, Catch::Contains("unknown_queue"));
}
