// Printing through the private cupsd that the CTest fixture report/cupsd_start starts
// (packaging/private-cupsd.sh); GC_CUPS_ROOT is its directory.
#include "core/card_code.hpp"
#include "report/card.hpp"
#include "report/pdf_canvas.hpp"
#include "report/print_queue.hpp"
#include "report/print_worker.hpp"
#include "report/qr.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <future>
#include <thread>

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using gc::report::JobState;
using gc::report::PrinterState;
using gc::report::PrintQueue;

namespace {

const fs::path kRoot = GC_CUPS_ROOT;
const std::string kSocket = (kRoot / "run" / "cups.sock").string();

fs::path card_pdf(const std::string& code) {
    const fs::path pdf = gc::test::output_dir() / ("print-card-" + code + ".pdf");
    gc::report::save_pdf(pdf, gc::report::render_card_pdf(code));
    return pdf;
}

void lp_command(const std::string& tool, const std::string& queue) {
    const auto r = gc::test::run_command(tool + " -h " + gc::test::quote(kSocket) + " " + queue + " 2>&1");
    INFO(r.output);
    REQUIRE(r.exit_code == 0);
}

// The printed output still holds the card: text and a decodable QR code.
void check_printed_card(const fs::path& printed, const std::string& code) {
    REQUIRE(fs::exists(printed));
    CHECK(gc::test::read_file(printed).rfind("%PDF-", 0) == 0);
    CHECK_THAT(gc::test::pdf_text(printed), Catch::Contains(gc::format_card_code(code)));
    const auto page = gc::test::render_page_grey(printed, 150);
    CHECK(gc::report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>(code));
}

}  // namespace

TEST_CASE("a card printed to the test-backend queue comes out as the same card") {
    const PrintQueue queue("KioskTest", kSocket);
    const auto status = queue.printer_status();
    CHECK(status.state == PrinterState::idle);
    CHECK(status.accepts_jobs());

    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    INFO(submitted.error);
    REQUIRE(submitted.ok());
    const auto job = queue.wait_for_job(submitted.job_id, 10s);
    REQUIRE(job.state == JobState::completed);
    check_printed_card(kRoot / "out" / "test" / ("job-" + std::to_string(submitted.job_id) + ".pdf"),
                       "7K3QX0PM4");
}

TEST_CASE("a card printed to the file-device queue lands in the queue's file") {
    const PrintQueue queue("KioskPDF", kSocket);
    const auto submitted = queue.submit(card_pdf("ABCDEFGH8"), "Groepsconsult kaart");
    REQUIRE(submitted.ok());
    REQUIRE(queue.wait_for_job(submitted.job_id, 10s).state == JobState::completed);
    check_printed_card(kRoot / "out" / "KioskPDF.pdf", "ABCDEFGH8");
}

TEST_CASE("without a queue name the scheduler's default queue is used") {
    const PrintQueue queue("", kSocket);
    const auto status = queue.printer_status();
    CHECK(status.queue == "KioskTest");
    CHECK(status.state == PrinterState::idle);
}

TEST_CASE("jobs are submitted and followed from worker threads at the same time") {
    const fs::path pdf = card_pdf("7K3QX0PM4");
    auto print = [&pdf] {
        const PrintQueue queue("KioskTest", kSocket);
        const auto submitted = queue.submit(pdf, "Groepsconsult kaart");
        return submitted.ok() ? queue.wait_for_job(submitted.job_id, 10s).state : JobState::unknown;
    };
    auto first = std::async(std::launch::async, print);
    auto second = std::async(std::launch::async, print);
    CHECK(first.get() == JobState::completed);
    CHECK(second.get() == JobState::completed);
}

TEST_CASE("an unknown queue is named as such and gets no job") {
    const PrintQueue queue("NoSuchQueue", kSocket);
    const auto status = queue.printer_status();
    CHECK(status.state == PrinterState::unknown_queue);
    CHECK_FALSE(status.accepts_jobs());
    CHECK(std::string(gc::report::printer_state_msgid(status.state)) ==
          "Deze printer bestaat niet. Kies een andere printer.");

    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    CHECK_FALSE(submitted.ok());
    CHECK(submitted.printer.state == PrinterState::unknown_queue);
    CHECK_FALSE(submitted.error.empty());
}

TEST_CASE("a stopped queue keeps the job waiting until the host starts the printer again") {
    const PrintQueue queue("KioskStopped", kSocket);
    CHECK(queue.printer_status().state == PrinterState::paused);

    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    REQUIRE(submitted.ok());  // CUPS takes the job; it waits in the queue
    CHECK(submitted.printer.state == PrinterState::paused);
    const auto waiting = queue.wait_for_job(submitted.job_id, 10s);
    CHECK(waiting.state == JobState::pending);
    INFO("job-state-reasons: " << waiting.reasons);
    CHECK(waiting.waits_for_printer());

    lp_command("cupsenable", "KioskStopped");
    const auto done = queue.wait_for_job(submitted.job_id, 10s);
    lp_command("cupsdisable", "KioskStopped");  // as the fixture left it, for a re-run
    CHECK(done.state == JobState::completed);
}

TEST_CASE("a queue that rejects jobs is reported and gets no job") {
    const PrintQueue queue("KioskRejecting", kSocket);
    CHECK(queue.printer_status().state == PrinterState::not_accepting);
    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    CHECK_FALSE(submitted.ok());
    CHECK(submitted.printer.state == PrinterState::not_accepting);
}

TEST_CASE("a printer out of paper is reported as such and the job waits") {
    const PrintQueue queue("KioskPaperOut", kSocket);
    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    REQUIRE(submitted.ok());
    const auto job = queue.wait_for_job(submitted.job_id, 10s);
    CHECK(job.waits_for_printer());
    const auto status = queue.printer_status();
    CHECK(status.state == PrinterState::media_empty);
    CHECK_THAT(status.reasons, Catch::Contains("media-empty"));
    CHECK(std::string(gc::report::printer_state_msgid(status.state)).find("papier") != std::string::npos);
}

TEST_CASE("a job the printer fails on ends aborted and the queue stays usable") {
    const PrintQueue queue("KioskFail", kSocket);
    const auto submitted = queue.submit(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    REQUIRE(submitted.ok());
    const auto job = queue.wait_for_job(submitted.job_id, 10s);
    CHECK(job.state == JobState::aborted);
    CHECK(job.finished());
    CHECK(queue.printer_status().state == PrinterState::idle);  // printer-error-policy=abort-job
}

TEST_CASE("asking about a job the scheduler does not know gives unknown") {
    const PrintQueue queue("KioskTest", kSocket);
    CHECK(queue.job_status(999999).state == JobState::unknown);
}

namespace {

template <typename Predicate>
bool eventually(Predicate predicate, std::chrono::milliseconds timeout = 10s) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (std::chrono::steady_clock::now() < deadline) {
        if (predicate()) return true;
        std::this_thread::sleep_for(10ms);
    }
    return predicate();
}

}  // namespace

TEST_CASE("the print worker prints in the background and reports completion") {
    std::atomic<int> changes{0};
    gc::report::PrintWorker worker(PrintQueue("KioskTest", kSocket), 50ms, [&changes] { ++changes; });
    const int id = worker.enqueue(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    REQUIRE(eventually([&] { return worker.snapshot().requests.at(0).done(); }));
    const auto snapshot = worker.snapshot();
    CHECK(snapshot.requests.at(0).id == id);
    CHECK(snapshot.requests.at(0).job_id > 0);
    CHECK(snapshot.printer.state == PrinterState::idle);
    CHECK(changes > 0);
}

TEST_CASE("the print worker shows a paused printer and a reprint after the job was cancelled") {
    gc::report::PrintWorker worker(PrintQueue("KioskStopped", kSocket), 50ms);
    const int id = worker.enqueue(card_pdf("7K3QX0PM4"), "Groepsconsult kaart");
    REQUIRE(eventually([&] {
        const auto s = worker.snapshot();
        return s.printer.state == PrinterState::paused && s.requests.at(0).job.waits_for_printer();
    }));
    lp_command("cancel -a", "KioskStopped");
    REQUIRE(eventually([&] { return worker.snapshot().requests.at(0).failed(); }));
    const int again = worker.reprint(id);
    CHECK(eventually([&] {
        const auto s = worker.snapshot();
        return s.requests.size() == 2 && s.requests[1].id == again && s.requests[1].job.waits_for_printer();
    }));
    lp_command("cancel -a", "KioskStopped");
}
