#include "devices/driver.hpp"

#include "devices/contour/contour.hpp"
#include "devices/omron/omron7322.hpp"
#include "devices/omron/omron790.hpp"
#include "devices/scanner/scanner.hpp"
#include "devices/tanita/tanita.hpp"

namespace gc::devices {

std::unique_ptr<Driver> make_driver(std::string_view name, DriverOptions options) {
    if (name == "tanita") return std::make_unique<TanitaDriver>(std::move(options));
    if (name == "omron-7322") return std::make_unique<Omron7322Driver>(std::move(options));
    if (name == "omron-790") return std::make_unique<Omron790Driver>(std::move(options));
    if (name == "contour") return std::make_unique<ContourDriver>(std::move(options));
    if (name == "scanner") return std::make_unique<ScannerDriver>(std::move(options));
    return nullptr;
}

const std::vector<std::string_view>& driver_names() {
    static const std::vector<std::string_view> names = {"tanita", "omron-7322", "omron-790", "contour", "scanner"};
    return names;
}

}  // namespace gc::devices
