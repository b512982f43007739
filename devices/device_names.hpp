#pragma once
// What the host sees in the device list (Dutch msgids, translated by the UI): the station
// device's name and its "not connected" line ("Weegschaal niet verbonden").
#include <string_view>

namespace gc::devices {

// id: "tanita", "omron", "contour", "scanner" (assets/devices/profiles.toml); nullptr if unknown.
const char* device_display_name(std::string_view id);
const char* device_not_connected_message(std::string_view id);

}  // namespace gc::devices
