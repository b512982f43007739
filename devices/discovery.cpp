#include "devices/discovery.hpp"

#include <libudev.h>
#include <toml++/toml.h>

#include <algorithm>

namespace gc::devices {
namespace {

std::string attribute(udev_device* d, const char* name) {
    const char* v = udev_device_get_sysattr_value(d, name);
    std::string s = v ? v : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();  // umockdev omits the newline, sysfs has it
    return s;
}

std::uint16_t hex_attribute(udev_device* d, const char* name) {
    try {
        return static_cast<std::uint16_t>(std::stoul(attribute(d, name), nullptr, 16));
    } catch (...) {
        return 0;
    }
}

const DeviceProfile* match(const std::vector<DeviceProfile>& profiles, const std::string& transport, std::uint16_t vendor,
                           std::uint16_t product) {
    for (const auto& p : profiles) {
        if (p.transport != transport || p.vendor != vendor) continue;
        if (p.products.empty() || std::find(p.products.begin(), p.products.end(), product) != p.products.end()) return &p;
    }
    return nullptr;
}

}  // namespace

std::variant<std::vector<DeviceProfile>, std::string> parse_device_profiles(std::string_view text) {
    toml::table table;
    try {
        table = toml::parse(text);
    } catch (const toml::parse_error& e) {
        return std::string("device profiles: ") + std::string(e.description());
    }
    const auto* list = table["device"].as_array();
    if (!list) return std::string("device profiles: no [[device]] entries");
    std::vector<DeviceProfile> out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto* t = list->get(i)->as_table();
        const std::string where = "device profiles: entry " + std::to_string(i + 1);
        if (!t) return where + " is not a table";
        DeviceProfile p;
        p.id = (*t)["id"].value_or(std::string());
        p.driver = (*t)["driver"].value_or(std::string());
        p.transport = (*t)["transport"].value_or(std::string());
        const auto vendor = (*t)["vendor"].value<std::int64_t>();
        if (p.id.empty() || p.driver.empty() || (p.transport != "serial" && p.transport != "usb") || !vendor ||
            *vendor <= 0 || *vendor > 0xFFFF)
            return where + " needs id, driver, transport (serial|usb) and a vendor id";
        p.vendor = static_cast<std::uint16_t>(*vendor);
        if (const auto* products = (*t)["products"].as_array())
            for (const auto& node : *products) {
                const auto product = node.value<std::int64_t>();
                if (!product || *product < 0 || *product > 0xFFFF) return where + ": products must be USB ids";
                p.products.push_back(static_cast<std::uint16_t>(*product));
            }
        p.format.baud = static_cast<int>((*t)["baud"].value_or(std::int64_t{9600}));
        p.format.data_bits = static_cast<int>((*t)["data_bits"].value_or(std::int64_t{8}));
        const std::string parity = (*t)["parity"].value_or(std::string("none"));
        p.format.parity = parity == "even" ? Parity::Even : parity == "odd" ? Parity::Odd : Parity::None;
        out.push_back(std::move(p));
    }
    return out;
}

std::vector<FoundDevice> discover_devices(const std::vector<DeviceProfile>& profiles) {
    std::vector<FoundDevice> found;
    udev* ctx = udev_new();
    if (!ctx) return found;
    for (const char* subsystem : {"usb", "tty"}) {
        udev_enumerate* e = udev_enumerate_new(ctx);
        udev_enumerate_add_match_subsystem(e, subsystem);
        udev_enumerate_scan_devices(e);
        udev_list_entry* entry = nullptr;
        udev_list_entry_foreach(entry, udev_enumerate_get_list_entry(e)) {
            udev_device* d = udev_device_new_from_syspath(ctx, udev_list_entry_get_name(entry));
            if (!d) continue;
            const bool is_tty = std::string(subsystem) == "tty";
            udev_device* usb = is_tty ? udev_device_get_parent_with_subsystem_devtype(d, "usb", "usb_device") : d;
            const char* devtype = udev_device_get_devtype(d);
            const char* node = udev_device_get_devnode(d);
            if (usb && node && (is_tty || (devtype && std::string(devtype) == "usb_device"))) {
                const std::uint16_t vendor = hex_attribute(usb, "idVendor"), product = hex_attribute(usb, "idProduct");
                if (const DeviceProfile* p = match(profiles, is_tty ? "serial" : "usb", vendor, product))
                    found.push_back(FoundDevice{p, node, attribute(usb, "serial"), product});
            }
            udev_device_unref(d);
        }
        udev_enumerate_unref(e);
    }
    udev_unref(ctx);
    return found;
}

}  // namespace gc::devices
