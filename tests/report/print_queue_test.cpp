// Print-queue behaviour that needs no scheduler: cupsd not running, bad input.
#include "report/print_queue.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;
using gc::report::JobState;
using gc::report::PrinterState;
using gc::report::PrintQueue;

namespace {

// A socket path where nothing listens: what libcups sees when cupsd is not running.
std::string dead_socket() {
    return (gc::test::output_dir() / "no-cupsd.sock").string();
}

fs::path some_pdf() {
    const fs::path pdf = gc::test::output_dir() / "tiny.pdf";
    std::ofstream(pdf) << "%PDF-1.4\n%%EOF\n";
    return pdf;
}

}  // namespace

TEST_CASE("with cupsd not running the status says the print service is down") {
    const PrintQueue queue("KioskTest", dead_socket());
    const auto status = queue.printer_status();
    CHECK(status.state == PrinterState::scheduler_unreachable);
    CHECK_FALSE(status.accepts_jobs());
    CHECK_FALSE(status.detail.empty());
    CHECK(std::string(gc::report::printer_state_msgid(status.state)) ==
          "De printservice werkt niet. Start de computer opnieuw of bel de beheerder.");
}

TEST_CASE("with cupsd not running a submission fails quickly and says why") {
    const PrintQueue queue("KioskTest", dead_socket());
    const auto start = std::chrono::steady_clock::now();
    const auto submitted = queue.submit(some_pdf(), "test");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(3));
    CHECK_FALSE(submitted.ok());
    CHECK(submitted.printer.state == PrinterState::scheduler_unreachable);
    CHECK_THAT(submitted.error, Catch::Contains("no-cupsd.sock"));
    CHECK(queue.job_status(1).state == JobState::unknown);
}

TEST_CASE("a missing PDF is refused before anything is sent") {
    const PrintQueue queue("KioskTest", dead_socket());
    const fs::path missing = gc::test::output_dir() / "missing.pdf";
    const auto submitted = queue.submit(missing, "test");
    CHECK_FALSE(submitted.ok());
    CHECK_THAT(submitted.error, Catch::Contains("missing.pdf"));
}

TEST_CASE("every printer and job state has a stable name and a Dutch message") {
    for (const auto state : {PrinterState::idle, PrinterState::printing, PrinterState::paused,
                             PrinterState::media_empty, PrinterState::offline, PrinterState::not_accepting,
                             PrinterState::unknown_queue, PrinterState::scheduler_unreachable,
                             PrinterState::error}) {
        CHECK(std::string(gc::report::printer_state_name(state)).size() > 2);
        CHECK(std::string(gc::report::printer_state_msgid(state)).back() == '.');
    }
    CHECK(std::string(gc::report::printer_state_name(PrinterState::media_empty)) == "media_empty");
    CHECK(std::string(gc::report::job_state_name(JobState::aborted)) == "aborted");
    CHECK(std::string(gc::report::job_state_msgid(JobState::completed)) == "Afgedrukt.");
}
