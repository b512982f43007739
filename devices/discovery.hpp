#pragma once
// Which known devices are plugged in: device profiles (data: assets/devices/profiles.toml)
// matched against udev (USB devices and the ttys below them). Under umockdev the same code
// sees the emulated sysfs, which is how it is tested.
#include "devices/transport/serial_port.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace gc::devices {

struct DeviceProfile {
    std::string id;         // "tanita", "omron", "contour", "scanner"
    std::string driver;     // make_driver() name
    std::string transport;  // "serial" or "usb"
    std::uint16_t vendor = 0;
    std::vector<std::uint16_t> products;  // empty: any
    SerialFormat format;
};

// TOML text -> profiles, or a message naming the bad entry.
std::variant<std::vector<DeviceProfile>, std::string> parse_device_profiles(std::string_view toml_text);

struct FoundDevice {
    const DeviceProfile* profile = nullptr;
    std::string node;     // /dev/ttyUSB0, /dev/bus/usb/001/004
    std::string serial;   // USB iSerial (pins a device when several are connected)
    std::uint16_t product = 0;
};

std::vector<FoundDevice> discover_devices(const std::vector<DeviceProfile>& profiles);

}  // namespace gc::devices
