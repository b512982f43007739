// Crash safety: a forked writer commits measurements in a loop and logs each acknowledged
// commit; the test SIGKILLs it at random moments and checks after every kill that the database
// is intact and that every acknowledged commit is there.
#include "store_test_support.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <set>
#include <sstream>
#include <thread>

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

namespace {

// Runs in the child: never returns. Values are unique per commit: round * 1e6 + i.
[[noreturn]] void write_until_killed(const std::filesystem::path& db, const std::filesystem::path& log,
                                     VisitId visit, int round) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    auto store = Store::open(db, kPassphrase, kFast);
    if (fd < 0 || !store) _exit(3);
    for (int i = 0;; ++i) {
        MeasurementRecord m;
        m.measure = Measure::Weight;
        m.value = round * 1'000'000.0 + i;
        m.source = DeviceSource{"InBody 270", "CRASH", std::vector<std::uint8_t>(64 + (i % 7) * 200, 0x5A), std::nullopt};
        m.kiosk_time = wall_now();
        if (!store.value().record_measurement(visit, m)) _exit(4);
        // Acknowledged: the call returned, so the commit is on disk. One write() per line.
        const std::string line = std::to_string(static_cast<long long>(m.value)) + "\n";
        if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) _exit(5);
    }
}

std::set<long long> acknowledged(const std::filesystem::path& log) {
    std::istringstream lines(file_bytes(log));
    std::set<long long> values;
    std::string line;
    while (std::getline(lines, line)) {
        if (!lines.eof()) values.insert(std::stoll(line));  // a last line without '\n' was not finished
    }
    return values;
}

}  // namespace

TEST_CASE("crash safety: every acknowledged commit survives SIGKILL", "[store][crash]") {
    const auto dir = fresh_dir("crash");
    const auto db = dir / "kiosk.db";
    const auto log = dir / "acknowledged.log";
    VisitId visit;
    {
        auto store = open_fast(db);
        visit = empty_visit(store);
    }
    std::mt19937 rng(20261122);
    std::uniform_int_distribution<int> delay_us(0, 20'000);
    constexpr int kKills = 200;
    std::size_t unacknowledged_but_present = 0;
    for (int round = 1; round <= kKills; ++round) {
        const auto size_of_log = [&log] {
            std::error_code missing;
            const auto size = std::filesystem::file_size(log, missing);
            return missing ? std::uintmax_t{0} : size;
        };
        const auto log_size = size_of_log();
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) write_until_killed(db, log, visit, round);
        // Every fourth kill lands at a random moment from the start (often while opening and
        // recovering the WAL); the others a random moment after the first acknowledged commit,
        // so that most kills hit a writer in full flow, however slow this machine is.
        if (round % 4 != 0) {
            const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (size_of_log() == log_size && std::chrono::steady_clock::now() < deadline) {
                std::this_thread::sleep_for(std::chrono::microseconds(200));
            }
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay_us(rng) * (round % 4 == 0 ? 3 : 1)));
        ::kill(child, SIGKILL);
        int status = 0;
        REQUIRE(::waitpid(child, &status, 0) == child);
        INFO("round " << round);
        // Killed by us, not failed by itself (exit codes 3-5 mean the writer hit an error).
        REQUIRE(WIFSIGNALED(status));

        auto store = open_fast(db);
        REQUIRE(store.check_integrity().ok());
        const auto rows = require_ok(store.measurements_of(visit));
        std::set<long long> present;
        for (const auto& m : rows) present.insert(static_cast<long long>(m.record.value));
        const auto acked = acknowledged(log);
        for (const auto value : acked) {
            if (present.count(value) == 0) FAIL("acknowledged commit " << value << " is missing");
        }
        // Present but not acknowledged: committed just before the kill. At most one per kill.
        unacknowledged_but_present = present.size() - acked.size();
        REQUIRE(unacknowledged_but_present <= static_cast<std::size_t>(round));
    }
    const auto total = acknowledged(log).size();
    WARN("crash test: " << kKills << " kills, " << total << " acknowledged commits verified");
    // Three in four rounds waited for an acknowledged commit before the kill.
    CHECK(total >= static_cast<std::size_t>(kKills * 3 / 4));
}
