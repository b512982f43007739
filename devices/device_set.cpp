#include "devices/device_set.hpp"

#include "devices/connections.hpp"
#include "devices/tanita/tanita.hpp"
#include "devices/transport/libusb_hid.hpp"

#include <filesystem>

namespace gc::devices {

std::string stable_serial_path(const std::string& node, const std::string& by_id_dir) {
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(by_id_dir, ec)) {
        const auto target = std::filesystem::canonical(entry.path(), ec);
        if (!ec && target == std::filesystem::path(node)) return entry.path().string();
    }
    return node;
}

std::unique_ptr<DeviceConnection> make_connection(const FoundDevice& found, const DriverOptions& options) {
    const DeviceProfile& p = *found.profile;
    if (p.transport == "serial") {
        auto driver = make_driver(p.driver, options);  // options.warn: the kiosk's log (checksum mismatches)
        if (!driver) return nullptr;
        return std::make_unique<StreamConnection>(std::make_shared<SerialPort>(stable_serial_path(found.node), p.format),
                                                  std::move(driver));
    }
    UsbHidProfile usb{p.vendor, found.product, found.serial, 0x81, 0, 64};
    if (p.driver == "omron-7322") {
        usb.out_endpoint = 0x02;
        return std::make_unique<Omron7322Connection>(std::make_shared<LibusbHid>(usb));
    }
    if (p.driver == "omron-790") {  // libomron: IN 0x81, OUT 0x02, 8-byte reports
        usb.out_endpoint = 0x02;
        usb.report_size = 8;
        return std::make_unique<Omron790Connection>(std::make_shared<LibusbHid>(usb));
    }
    if (p.driver == "contour") return std::make_unique<ContourConnection>(std::make_shared<LibusbHid>(usb));
    return nullptr;
}

std::vector<Bytes> tanita_personal_data_commands(Sex sex, int age_years, double height_cm) {
    return {tanita_command_sex(sex), tanita_command_body_type(0), tanita_command_height(height_cm),
            tanita_command_age(age_years), tanita_command_start()};
}

}  // namespace gc::devices
