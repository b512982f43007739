// Disk full: a child process writes with RLIMIT_FSIZE set just above the current size. It must
// get ErrorKind::DiskFull (not a crash, not a corrupt file), and all earlier data must be intact.
#include "store_test_support.hpp"

#include <fcntl.h>
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

namespace {

constexpr int kExitDiskFull = 10;

MeasurementRecord heavy_reading(int i) {
    MeasurementRecord m;
    m.measure = Measure::Glucose;
    m.value = 5.0 + i * 0.001;
    m.source = DeviceSource{"Contour Next", "FULL", std::vector<std::uint8_t>(6000, 0xA5), std::nullopt};
    m.kiosk_time = at_ms(1000 + i);
    return m;
}

// Child: write until the limit bites; report the error kind through the exit code and the
// message through a file.
[[noreturn]] void write_until_full(const std::filesystem::path& db, VisitId visit, rlim_t limit,
                                   const std::filesystem::path& message) {
    std::signal(SIGXFSZ, SIG_IGN);  // then write() fails with EFBIG instead of killing us
    auto store = Store::open(db, kPassphrase, kFast);
    if (!store) _exit(3);
    const rlimit rl{limit, limit};
    if (setrlimit(RLIMIT_FSIZE, &rl) != 0) _exit(4);
    for (int i = 0; i < 100'000; ++i) {
        auto id = store.value().record_measurement(visit, heavy_reading(100 + i));
        if (!id) {
            const int fd = ::open(message.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            const auto text = id.error().describe();
            if (fd >= 0 && ::write(fd, text.data(), text.size()) < 0) _exit(6);
            // The connection stays usable for reading after the failed write.
            if (!store.value().counts()) _exit(7);
            _exit(id.error().kind == ErrorKind::DiskFull ? kExitDiskFull : 20 + static_cast<int>(id.error().kind));
        }
    }
    _exit(5);  // never filled up
}

}  // namespace

TEST_CASE("disk full: clear error, earlier data intact", "[store][disk_full]") {
    const auto dir = fresh_dir("disk_full");
    const auto db = dir / "kiosk.db";
    VisitId visit;
    {
        auto store = open_fast(db);
        visit = empty_visit(store);
        for (int i = 0; i < 5; ++i) REQUIRE(store.record_measurement(visit, heavy_reading(i)).ok());
    }
    const auto size = std::filesystem::file_size(db);
    const auto message = dir / "error.txt";

    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) write_until_full(db, visit, static_cast<rlim_t>(size + 64 * 1024), message);
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    const auto text = file_bytes(message);
    INFO("child exit " << WEXITSTATUS(status) << ": " << text);
    CHECK(WEXITSTATUS(status) == kExitDiskFull);
    CHECK(text.rfind("disk_full: ", 0) == 0);
    CHECK_FALSE(kind_msgid(ErrorKind::DiskFull).empty());

    auto store = open_fast(db);
    REQUIRE(store.check_integrity().ok());
    const auto rows = require_ok(store.measurements_of(visit));
    REQUIRE(rows.size() >= 5);
    for (int i = 0; i < 5; ++i) CHECK(rows[static_cast<std::size_t>(i)].record.value == heavy_reading(i).value);
    // And the kiosk can go on writing once there is room again.
    CHECK(store.record_measurement(visit, heavy_reading(99'999)).ok());
}
