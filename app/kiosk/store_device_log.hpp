#pragma once
// The kiosk's device log in the encrypted store (schema 8): entries from KioskDevices, saved on
// the UI thread (the store's one connection lives there), read back for the host's tab.
#include "kiosk/kiosk_devices.hpp"
#include "store/store.hpp"

namespace gc::kiosk {

// One store call for all entries; false (and a journal line) when the store refused them.
bool save_device_log(store::Store& store, const std::vector<DeviceLogEntry>& entries);
// The newest `count` entries of the store's log, oldest first (empty on a store error).
std::vector<DeviceLogEntry> stored_device_log(store::Store& store, std::size_t count);

}  // namespace gc::kiosk
