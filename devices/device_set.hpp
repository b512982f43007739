#pragma once
// The kiosk's real devices: for every known device that is plugged in (discovery.hpp), the
// matching connection on its transport, run by a DeviceWorker that reconnects after an unplug.
// Serial devices are opened through their /dev/serial/by-id link when udev made one, so a
// replug that renumbers ttyUSB0 -> ttyUSB1 still finds the same device.
#include "core/person.hpp"
#include "devices/discovery.hpp"
#include "devices/driver.hpp"
#include "devices/worker.hpp"

#include <memory>

namespace gc::devices {

// The connection for one found device; nullptr for a driver/transport pair we do not know.
std::unique_ptr<DeviceConnection> make_connection(const FoundDevice& found, const DriverOptions& options = {});

// /dev/serial/by-id/<link> pointing at `node`, or `node` itself when there is none.
std::string stable_serial_path(const std::string& node, const std::string& by_id_dir = "/dev/serial/by-id");

// PC-mode personal data for a Tanita (sex, standard body type, height, age), then G1 to start.
std::vector<Bytes> tanita_personal_data_commands(Sex sex, int age_years, double height_cm);

}  // namespace gc::devices
