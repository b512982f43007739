// The print worker without a scheduler: failures show up in the snapshot, nothing blocks.
#include "report/print_worker.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <fstream>
#include <thread>

using namespace std::chrono_literals;
using gc::report::PrinterState;
using gc::report::PrintQueue;
using gc::report::PrintWorker;

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

TEST_CASE("with cupsd down a queued print fails visibly and can be tried again") {
    const std::string dead_socket = (gc::test::output_dir() / "no-cupsd.sock").string();
    const auto pdf = gc::test::output_dir() / "worker-tiny.pdf";
    std::ofstream(pdf) << "%PDF-1.4\n%%EOF\n";
    std::atomic<int> changes{0};
    PrintWorker worker(PrintQueue("KioskTest", dead_socket), 20ms, [&changes] { ++changes; });

    const int id = worker.enqueue(pdf, "test");
    CHECK(id > 0);
    REQUIRE(eventually([&] { return worker.snapshot().requests.at(0).failed(); }));
    const auto snapshot = worker.snapshot();
    CHECK(snapshot.printer.state == PrinterState::scheduler_unreachable);
    CHECK_FALSE(snapshot.requests.at(0).submitted());
    CHECK_THAT(snapshot.requests.at(0).error, Catch::Contains("no-cupsd.sock"));
    CHECK(changes > 0);

    const int again = worker.reprint(id);
    CHECK(again > id);
    CHECK(worker.reprint(12345) == 0);
    CHECK(eventually([&] { return worker.snapshot().requests.size() == 2 && worker.snapshot().requests[1].failed(); }));
}
