// The device log (schema 8): entries with their raw bytes, oldest first, bounded to the newest
// kDeviceLogLimit, refused without device or event (nothing of that call written).
#include "store_test_support.hpp"

using namespace gc;
using namespace gc::store;
using namespace gc::store::test;

TEST_CASE("device log: entries keep their raw bytes and come back oldest first", "[store][devices]") {
    auto store = open_fast(fresh_dir("device_log") / "kiosk.db");
    CHECK(require_ok(store.device_log()).empty());
    REQUIRE(store.record_device_log({{"tanita", "garbled", {0x7b, 0x00, 0xff}, at_ms(1000)}}).ok());
    REQUIRE(store.record_device_log({{"contour", "control_solution", {}, at_ms(2000)},
                                     {"omron", "implausible", {0x02, 0x30}, at_ms(3000)}})
                .ok());
    const auto all = require_ok(store.device_log());
    REQUIRE(all.size() == 3);
    CHECK(all[0].device == "tanita");
    CHECK(all[0].event == "garbled");
    CHECK(all[0].raw == std::vector<std::uint8_t>{0x7b, 0x00, 0xff});
    CHECK(all[0].at == at_ms(1000));
    CHECK(all[1].raw.empty());
    const auto newest = require_ok(store.device_log(2));
    REQUIRE(newest.size() == 2);
    CHECK(newest[0].device == "contour");
    CHECK(newest[1].device == "omron");
}

TEST_CASE("device log: only the newest entries are kept", "[store][devices]") {
    auto store = open_fast(fresh_dir("device_log_bound") / "kiosk.db");
    std::vector<DeviceLogRecord> batch;
    for (std::size_t i = 0; i < kDeviceLogLimit + 3; ++i)
        batch.push_back({"tanita", "garbled", {static_cast<std::uint8_t>(i & 0xff)}, at_ms(static_cast<std::int64_t>(i))});
    REQUIRE(store.record_device_log(batch).ok());
    REQUIRE(store.record_device_log({{"scanner", "truncated", {0x41}, at_ms(999999)}}).ok());
    const auto all = require_ok(store.device_log());
    REQUIRE(all.size() == kDeviceLogLimit);
    CHECK(all.front().at == at_ms(4));  // 0..3 went
    CHECK(all.back().device == "scanner");
}

TEST_CASE("device log: an entry without device or event is refused and nothing of the call is written",
          "[store][devices]") {
    auto store = open_fast(fresh_dir("device_log_bad") / "kiosk.db");
    const auto refused = store.record_device_log({{"tanita", "garbled", {0x01}, at_ms(1)}, {"", "garbled", {}, at_ms(2)}});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
    CHECK(require_ok(store.device_log()).empty());
}
