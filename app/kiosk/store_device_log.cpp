#include "kiosk/store_device_log.hpp"

#include <spdlog/spdlog.h>

namespace gc::kiosk {

bool save_device_log(store::Store& store, const std::vector<DeviceLogEntry>& entries) {
    std::vector<store::DeviceLogRecord> records;
    records.reserve(entries.size());
    for (const auto& e : entries)
        records.push_back({e.device, e.event, e.raw, std::chrono::time_point_cast<std::chrono::milliseconds>(e.at)});
    auto saved = store.record_device_log(records);
    if (!saved) spdlog::error("device log not saved (kept in memory): {}", saved.error().describe());
    return saved.ok();
}

std::vector<DeviceLogEntry> stored_device_log(store::Store& store, std::size_t count) {
    auto records = store.device_log(count);
    if (!records) return {};
    std::vector<DeviceLogEntry> out;
    for (auto& r : records.value()) out.push_back({r.device, r.event, hex_bytes(r.raw), r.at, std::move(r.raw)});
    return out;
}

}  // namespace gc::kiosk
