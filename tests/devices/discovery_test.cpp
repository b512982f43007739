// Device profiles (assets/devices/profiles.toml), stable serial paths, the connection made for
// each found device, and the Tanita PC-mode command sequence.
#include "devices/device_names.hpp"
#include "devices/device_set.hpp"
#include "devices/hotplug.hpp"
#include "devices/protocol/text.hpp"
#include "fixture.hpp"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;

namespace {
std::vector<DeviceProfile> shipped_profiles() {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/devices/profiles.toml");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = parse_device_profiles(text.str());
    REQUIRE(std::holds_alternative<std::vector<DeviceProfile>>(parsed));
    return std::get<std::vector<DeviceProfile>>(parsed);
}
}  // namespace

TEST_CASE("Shipped device profiles name a known driver and transport each") {
    const auto profiles = shipped_profiles();
    REQUIRE(profiles.size() >= 5);
    for (const auto& p : profiles) {
        INFO(p.id << " " << p.driver);
        CHECK(make_driver(p.driver) != nullptr);
        CHECK((p.transport == "serial" || p.transport == "usb"));
    }
    const auto& tanita = profiles.front();
    CHECK(tanita.vendor == 0x0403);
    CHECK(tanita.products == std::vector<std::uint16_t>{0x6001});
    CHECK(tanita.format.baud == 9600);
}

TEST_CASE("Bad device profiles give a message naming the entry") {
    auto missing = parse_device_profiles("[[device]]\nid = \"tanita\"\ntransport = \"serial\"\nvendor = 0x0403\n");
    REQUIRE(std::holds_alternative<std::string>(missing));
    CHECK(std::get<std::string>(missing).find("entry 1") != std::string::npos);
    auto transport = parse_device_profiles("[[device]]\nid = \"a\"\ndriver = \"tanita\"\ntransport = \"bluetooth\"\nvendor = 1\n");
    CHECK(std::holds_alternative<std::string>(transport));
    auto product = parse_device_profiles("[[device]]\nid = \"a\"\ndriver = \"tanita\"\ntransport = \"usb\"\nvendor = 1\nproducts = [70000]\n");
    REQUIRE(std::holds_alternative<std::string>(product));
    CHECK(std::get<std::string>(product).find("products") != std::string::npos);
    CHECK(std::holds_alternative<std::string>(parse_device_profiles("device = [")));
    CHECK(std::holds_alternative<std::string>(parse_device_profiles("")));
}

TEST_CASE("A serial device is opened through its /dev/serial/by-id link") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("gc-by-id-" + std::to_string(::getpid()));
    fs::create_directories(dir / "by-id");
    { std::ofstream(dir / "ttyUSB7") << ""; }
    fs::create_symlink(dir / "ttyUSB7", dir / "by-id" / "usb-FTDI_FT232R_A50285BI-if00-port0");
    CHECK(stable_serial_path((dir / "ttyUSB7").string(), (dir / "by-id").string()) ==
          (dir / "by-id" / "usb-FTDI_FT232R_A50285BI-if00-port0").string());
    CHECK(stable_serial_path((dir / "ttyUSB8").string(), (dir / "by-id").string()) == (dir / "ttyUSB8").string());
    CHECK(stable_serial_path("/dev/ttyUSB0", (dir / "missing").string()) == "/dev/ttyUSB0");
    fs::remove_all(dir);
}

TEST_CASE("Every shipped profile gets a connection") {
    const auto profiles = shipped_profiles();
    for (const auto& p : profiles) {
        FoundDevice found{&p, p.transport == "serial" ? "/dev/ttyUSB0" : "/dev/bus/usb/001/002", "SN1",
                          p.products.empty() ? std::uint16_t{1} : p.products.front()};
        auto c = make_connection(found);
        REQUIRE(c != nullptr);
        CHECK_FALSE(c->describe().empty());
    }
}

TEST_CASE("Tanita PC-mode personal data, then start") {
    std::string all;
    for (const auto& c : tanita_personal_data_commands(Sex::Female, 52, 164.5)) all += to_text(c);
    CHECK(all == "D12\r\nD20\r\nD3164.5\r\nD452\r\nG1\r\n");
}

TEST_CASE("Every profile id has a Dutch name and a not-connected line for the host") {
    for (const auto& p : shipped_profiles()) {
        INFO(p.id);
        REQUIRE(device_display_name(p.id) != nullptr);
        REQUIRE(device_not_connected_message(p.id) != nullptr);
        CHECK(std::string(device_not_connected_message(p.id)).find("niet verbonden") != std::string::npos);
    }
    CHECK(std::string(device_not_connected_message("tanita")) == "Weegschaal niet verbonden");
    CHECK(device_display_name("thermometer") == nullptr);
}

TEST_CASE("hotplug: the libusb callback's work becomes one event for the handler") {
    std::vector<HotplugEvent> seen;
    HotplugWatcher watcher([&](const HotplugEvent& e) { seen.push_back(e); });
    watcher.on_usb_event(true, 0x0590, 0x0090);
    watcher.on_usb_event(false, 0x1a79, 0x7410);
    REQUIRE(seen.size() == 2);
    CHECK(seen[0].kind == HotplugEvent::Kind::Arrived);
    CHECK(seen[0].subsystem == "usb");
    CHECK(seen[0].vendor == 0x0590);
    CHECK(seen[0].product == 0x0090);
    CHECK(seen[1].kind == HotplugEvent::Kind::Left);
    CHECK(seen[1].product == 0x7410);
    CHECK(hotplug_kind_name(seen[1].kind) == "left");
}
