// The device log (schema 8): what the measuring devices sent, bounded to the newest entries.
#include "store/impl.hpp"

#include <string>

namespace gc::store {

using detail::from_ms;
using detail::to_ms;

Status Store::record_device_log(const std::vector<DeviceLogRecord>& entries) {
    if (entries.empty()) return Done{};
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    auto insert = db.prepare("INSERT INTO device_log (at_ms, device, event, raw) VALUES (?, ?, ?, ?)");
    if (!insert) return insert.error();
    for (const auto& e : entries) {
        if (e.device.empty() || e.event.empty()) return detail::invalid("device log entry without device or event");
        insert.value().reset();
        insert.value().bind(1, to_ms(e.at)).bind(2, e.device).bind(3, e.event).bind(4, e.raw);
        if (auto status = insert.value().run("writing the device log"); !status) return status;
    }
    // Bounded: the newest kDeviceLogLimit rows stay (ids only grow).
    auto trim = db.prepare("DELETE FROM device_log WHERE id <= (SELECT max(id) FROM device_log) - ?");
    if (!trim) return trim.error();
    trim.value().bind(1, static_cast<std::int64_t>(kDeviceLogLimit));
    if (auto status = trim.value().run("trimming the device log"); !status) return status;
    return tx.value().commit();
}

Result<std::vector<DeviceLogRecord>> Store::device_log(std::size_t limit) {
    const std::int64_t rows = limit == 0 ? -1 : static_cast<std::int64_t>(limit);
    auto newest = detail::read_rows<DeviceLogRecord>(
        m_impl->db, "SELECT at_ms, device, event, raw FROM device_log ORDER BY id DESC LIMIT ?", "reading the device log",
        [&](sql::Statement& s) { s.bind(1, rows); },
        [](const sql::Statement& s) { return DeviceLogRecord{s.text(1), s.text(2), s.blob(3), from_ms(s.int64(0))}; });
    if (!newest) return newest.error();
    return std::vector<DeviceLogRecord>(newest.value().rbegin(), newest.value().rend());
}

}  // namespace gc::store
