// The real libusb transport (LibusbHid) on umockdev-emulated USB devices whose behaviour comes
// from our simulators through FakeUsbDevice: enumeration + claim + interrupt transfers +
// control-IN (serial number string), the Omron HEM-7322U download through the real session,
// a silent device (timeout), STALL, unplug mid-session and hotplug back in; the older Omron
// 0590:0028 (8-byte reports) and the Contour Next USB (SET_REPORT out, interrupt in).
// Run under LD_PRELOAD=libumockdev-preload.so (umockdev/run_preload.sh).
#include "devices/connections.hpp"
#include "devices/hotplug.hpp"
#include "devices/sim/hid_simulators.hpp"
#include "devices/transport/libusb_hid.hpp"
#include "fake_usb_device.hpp"
#include "fixture.hpp"
#include "worker_fixture.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <mutex>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;

namespace {

const std::string kDir = std::string(GC_TEST_SOURCE_DIR) + "/tests/devices/umockdev/";
constexpr const char* kOmronNode = "/dev/bus/usb/001/003";
constexpr const char* kOmronSyspath = "/sys/devices/pci0000:00/0000:00:14.0/usb1/1-2";
const UsbStrings kOmronStrings{"OMRON Corporation", "OMRON Blood pressure monitor", "20160412"};
const UsbHidProfile kOmronProfile{kOmron7322Vendor, kOmron7322Product, "", 0x81, 0x02, 64};

struct Bed {
    UMockdevTestbed* tb = umockdev_testbed_new();  // before any libusb_init
    bool attached = false;
    ~Bed() { g_object_unref(tb); }
    void add(const std::string& file, FakeUsbDevice& fake) {  // "add" uevent: libusb hotplug sees it
        GError* error = nullptr;
        REQUIRE(umockdev_testbed_add_from_file(tb, (kDir + file).c_str(), &error));
        if (!attached) REQUIRE(umockdev_testbed_attach_ioctl(tb, kOmronNode, fake.handler(), &error));
        attached = true;  // the handler stays bound to the node across unplug/replug
    }
    void remove() {
        umockdev_testbed_uevent(tb, kOmronSyspath, "remove");  // 0.17: remove_device sends none
        umockdev_testbed_remove_device(tb, kOmronSyspath);
    }
};

// Polls a connection (the worker's loop, without the thread) until `want` readings arrived.
std::vector<DecodeResult> poll_until(DeviceConnection& connection, std::size_t want) {
    std::vector<DecodeResult> out;
    for (int i = 0; i < 100 && readings(out).size() < want; ++i) {
        if (!connection.poll(out, Millis(50))) break;
    }
    return out;
}

std::vector<Reading> download(Omron7322Connection& connection) {
    std::vector<DecodeResult> out;
    REQUIRE(connection.poll(out, Millis(50)));
    return readings(out);
}

}  // namespace

TEST_CASE("libusb: HEM-7322U download through the real session, serial from the string descriptor") {
    Bed bed;
    auto sim = std::make_shared<Omron7322Simulator>();
    FakeUsbDevice fake(sim, kOmronStrings);
    bed.add("omron7322.umockdev", fake);
    sim->finish({132, 84, 71, {2024, 5, 14, 10, 37, 0}});

    Omron7322Connection connection(std::make_shared<LibusbHid>(kOmronProfile), Millis(500));
    REQUIRE(connection.connect());
    const auto r = download(connection);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Systolic) == 132);
    CHECK(value_in(r[0], Measure::Diastolic) == 84);
    CHECK(r[0].device.serial == "20160412");  // control-IN GET_DESCRIPTOR answered by the fake
    std::vector<DecodeResult> out;
    connection.disconnect(out);
}

TEST_CASE("libusb: a silent device times out, a STALL is an error and is cleared") {
    Bed bed;
    auto sim = std::make_shared<Omron7322Simulator>();
    FakeUsbDevice fake(sim, kOmronStrings);
    bed.add("omron7322.umockdev", fake);
    LibusbHid link(kOmronProfile);
    REQUIRE(link.open());
    Bytes report;
    // START not pressed: the monitor does not answer
    REQUIRE(link.write_report(omron7322_report(omron7322_start_command())) == IoStatus::Ok);
    CHECK(link.read_report(report, Millis(200)) == IoStatus::Timeout);

    fake.stall_next_in();
    CHECK(link.read_report(report, Millis(200)) == IoStatus::Error);
    sim->press_start();
    REQUIRE(link.write_report(omron7322_report(omron7322_start_command())) == IoStatus::Ok);
    REQUIRE(link.read_report(report, Millis(500)) == IoStatus::Ok);
    CHECK(report.size() == 64);
    CHECK(report[2] == 0x80);  // the session reply, after the halt was cleared
    link.close();
}

TEST_CASE("libusb: unplug mid-session is Disconnected, hotplug back in reconnects") {
    Bed bed;
    auto sim = std::make_shared<Omron7322Simulator>();
    FakeUsbDevice fake(sim, kOmronStrings);
    bed.add("omron7322.umockdev", fake);
    auto link = std::make_shared<LibusbHid>(kOmronProfile);
    REQUIRE(link->open());
    REQUIRE(link->write_report(omron7322_report(omron7322_start_command())) == IoStatus::Ok);

    fake.set_unplugged(true);
    bed.remove();
    Bytes report;
    CHECK(link->read_report(report, Millis(200)) == IoStatus::Disconnected);
    link->close();
    CHECK_FALSE(link->open());  // gone from the bus

    fake.set_unplugged(false);
    bed.add("omron7322.umockdev", fake);
    sim->finish({141, 92, 77, {2024, 5, 14, 11, 0, 0}});
    Omron7322Connection connection(link, Millis(500));
    REQUIRE(connection.connect());  // found again through libusb's hotplug-maintained device list
    const auto r = download(connection);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Systolic) == 141);
}

TEST_CASE("libusb: the older Omron 0590:0028 (HEM-790IT family) downloads its readings, 8-byte reports") {
    Bed bed;
    auto sim = std::make_shared<Omron790Simulator>();
    FakeUsbDevice fake(sim, {"OMRON Corporation", "HEM-790IT", "790000001"});
    bed.add("omron790.umockdev", fake);
    sim->finish({{2024, 5, 14, 10, 0, 0}, 0, 132, 84, 71, 0x0001});
    sim->finish({{2024, 5, 14, 10, 5, 0}, 0, 128, 80, 69, 0});
    const UsbHidProfile profile{0x0590, 0x0028, "", 0x81, 0x02, 8};
    Omron790Connection connection(std::make_shared<LibusbHid>(profile), Millis(100));
    REQUIRE(connection.connect());
    const auto r = readings(poll_until(connection, 2));
    REQUIRE(r.size() == 2);
    CHECK(value_in(r[0], Measure::Systolic) == 132);
    CHECK(value_in(r[1], Measure::Diastolic) == 80);
    CHECK(r[0].extra == std::vector<std::pair<std::string, std::string>>{{"irregular_heartbeat", "1"}});
    std::vector<DecodeResult> out;
    connection.disconnect(out);
}

TEST_CASE("libusb: Contour Next USB over control SET_REPORT and interrupt IN, a control result is refused") {
    Bed bed;
    auto sim = std::make_shared<ContourSimulator>();
    FakeUsbDevice fake(sim, {"Bayer HealthCare LLC", "Contour Next USB", "7390-2336773"});
    bed.add("contour.umockdev", fake);
    sim->add_result({5.8, "", {2024, 5, 14, 9, 0, 0}});
    sim->add_result({5.6, "C", {2024, 5, 14, 9, 5, 0}});  // control solution
    const UsbHidProfile profile{0x1a79, 0x7410, "", 0x81, 0, 64};
    ContourConnection connection(std::make_shared<LibusbHid>(profile));
    REQUIRE(connection.connect());
    std::vector<DecodeResult> out;
    for (int i = 0; i < 200 && count_errors(out, DeviceErrorCode::ControlSolution) == 0; ++i) {
        if (!connection.poll(out, Millis(50))) break;
    }
    const auto r = readings(out);
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Glucose) == Approx(5.8));
    CHECK(r[0].device.serial == "7390-2336773");
    CHECK(count_errors(out, DeviceErrorCode::ControlSolution) == 1);
    connection.disconnect(out);
}

namespace {

// What a HotplugWatcher reported, waited for with a generous bound (never a timing assertion).
struct SeenEvents {
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<HotplugEvent> events;
    void add(const HotplugEvent& e) {
        {
            std::lock_guard lock(mutex);
            events.push_back(e);
        }
        cv.notify_all();
    }
    bool wait_for(HotplugEvent::Kind kind, const std::string& subsystem) {
        std::unique_lock lock(mutex);
        return cv.wait_for(lock, std::chrono::seconds(10), [&] {
            return std::any_of(events.begin(), events.end(),
                               [&](const HotplugEvent& e) { return e.kind == kind && e.subsystem == subsystem; });
        });
    }
    HotplugEvent first(HotplugEvent::Kind kind, const std::string& subsystem) {
        std::lock_guard lock(mutex);
        for (const auto& e : events)
            if (e.kind == kind && e.subsystem == subsystem) return e;
        return {};
    }
};

}  // namespace

TEST_CASE("hotplug: libusb reports a USB device arriving and leaving, udev a serial adapter's tty") {
    Bed bed;  // before the watcher's libusb_init
    SeenEvents seen;
    HotplugWatcher watcher([&](const HotplugEvent& e) { seen.add(e); }, Millis(3'600'000));
    watcher.start();
    REQUIRE(watcher.usb_hotplug());  // Linux libusb: callbacks, no rescan timer

    auto sim = std::make_shared<Omron7322Simulator>();
    FakeUsbDevice fake(sim, kOmronStrings);
    bed.add("omron7322.umockdev", fake);
    REQUIRE(seen.wait_for(HotplugEvent::Kind::Arrived, "usb"));
    const auto arrived = seen.first(HotplugEvent::Kind::Arrived, "usb");
    CHECK(arrived.vendor == kOmron7322Vendor);
    CHECK(arrived.product == kOmron7322Product);

    fake.set_unplugged(true);
    bed.remove();
    REQUIRE(seen.wait_for(HotplugEvent::Kind::Left, "usb"));
    CHECK(seen.first(HotplugEvent::Kind::Left, "usb").product == kOmron7322Product);

    GError* error = nullptr;
    REQUIRE(umockdev_testbed_add_from_file(bed.tb, (kDir + "ftdi_tanita.umockdev").c_str(), &error));
    REQUIRE(seen.wait_for(HotplugEvent::Kind::Arrived, "tty"));
    CHECK(seen.first(HotplugEvent::Kind::Arrived, "tty").node == "/dev/ttyUSB0");
    watcher.stop();
}

// Idle, the worker waits in one long libusb transfer. wake() (stop, a hotplug event) cancels
// it: stop() returns at once, and after an unplug the worker reports Disconnected.
TEST_CASE("libusb: a worker blocking in a long transfer stops, and notices an unplug when woken") {
    Bed bed;
    auto sim = std::make_shared<ContourSimulator>();
    FakeUsbDevice fake(sim, {"Ascensia", "Contour next USB", "CN0001"});
    bed.add("contour.umockdev", fake);
    ReadingQueue queue;
    DeviceWorker worker("contour",
                        std::make_unique<ContourConnection>(std::make_shared<LibusbHid>(
                            UsbHidProfile{kContourVendor, kContourNextUsbProduct, "", 0x81, 0, 64})),
                        queue, ReadingGate(shipped_plausibility()), WorkerTiming{Millis(3'600'000), Millis(10), Millis(50)});
    worker.start();
    auto events = collect_until(queue, [](const auto& e) { return count_kind(e, DeviceEvent::Kind::Connected) >= 1; });
    REQUIRE(count_kind(events, DeviceEvent::Kind::Connected) == 1);

    fake.set_unplugged(true);
    worker.wake();  // what the kiosk does on a hotplug "left"
    events = collect_until(queue, [](const auto& e) { return count_kind(e, DeviceEvent::Kind::Disconnected) >= 1; });
    CHECK(count_kind(events, DeviceEvent::Kind::Disconnected) == 1);
    fake.set_unplugged(false);
    events = collect_until(queue, [](const auto& e) { return count_kind(e, DeviceEvent::Kind::Connected) >= 1; });
    CHECK(count_kind(events, DeviceEvent::Kind::Connected) == 1);
    worker.stop();
    CHECK(worker.state() == DeviceState::Stopped);
}
