#include "devices/omron/omron7322.hpp"

#include "devices/protocol/text.hpp"

#include <algorithm>

namespace gc::devices {
namespace {

constexpr std::size_t kHeader = 6;  // len, cmd(2), addr(2), count
constexpr std::uint8_t kReadReply = 0x81, kSessionReply = 0x80;

DeviceError error(DeviceErrorCode code, std::string detail, const Bytes& raw, DeviceIdentity device = {}) {
    if (device.driver.empty()) device = {"omron-7322", "HEM-7322U", "", ""};
    return DeviceError{code, std::move(detail), raw, std::move(device)};
}

std::uint8_t u8(int v) { return static_cast<std::uint8_t>(v & 0xFF); }

}  // namespace

std::vector<Bytes> Omron7322Framer::push(const std::uint8_t* data, std::size_t size) {
    m_buffer.insert(m_buffer.end(), data, data + size);
    std::vector<Bytes> out;
    std::size_t pos = 0;
    while (m_buffer.size() - pos >= 2) {
        const std::uint8_t len = m_buffer[pos];
        const std::uint8_t cmd = m_buffer[pos + 1];
        const bool plausible = len >= kHeader + 1 && len <= kOmron7322ReportSize - 1 &&
                               (cmd == kReadReply || cmd == kSessionReply);
        if (!plausible) {  // report id, zero padding or garbage
            ++pos;
            ++m_discarded;
            continue;
        }
        if (m_buffer.size() - pos < len) break;
        out.emplace_back(m_buffer.begin() + static_cast<std::ptrdiff_t>(pos),
                         m_buffer.begin() + static_cast<std::ptrdiff_t>(pos + len));
        pos += len;
    }
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(pos));
    return out;
}

Bytes Omron7322Framer::take_partial() {
    Bytes partial;
    partial.swap(m_buffer);
    // Trailing zero padding of the last report is not a partial packet.
    while (!partial.empty() && partial.back() == 0) partial.pop_back();
    if (!partial.empty() && partial.size() < 2) {
        m_discarded += partial.size();
        partial.clear();
    }
    return partial;
}

std::variant<Omron7322Packet, DeviceError> decode_omron7322_packet(const Bytes& packet) {
    if (packet.size() < kHeader + 1 || packet[0] != packet.size())
        return error(DeviceErrorCode::Garbled, "packet length byte does not match", packet);
    if (xor_all(packet.data(), packet.size()) != 0)
        return error(DeviceErrorCode::ChecksumMismatch, "packet XOR is not zero", packet);
    Omron7322Packet p;
    if (packet[1] == kSessionReply) {
        p.kind = Omron7322PacketKind::SessionReply;
        return p;
    }
    if (packet[1] != kReadReply || packet[2] != 0x00)
        return error(DeviceErrorCode::Garbled, "unknown reply code", packet);
    const std::size_t count = packet[5];
    if (kHeader + count + 1 != packet.size()) return error(DeviceErrorCode::Garbled, "count does not match length", packet);
    p.kind = Omron7322PacketKind::ReadReply;
    p.block.address = static_cast<std::uint16_t>((packet[3] << 8) | packet[4]);
    p.block.data.assign(packet.begin() + kHeader, packet.begin() + static_cast<std::ptrdiff_t>(kHeader + count));
    return p;
}

std::optional<DecodeResult> decode_omron7322_record(const Bytes& b, const DeviceIdentity& device) {
    if (b.size() != kOmron7322RecordSize) return DecodeResult{error(DeviceErrorCode::Garbled, "record size", b, device)};
    if (b[0] == 0xFF && b[1] == 0xFF && b[2] == 0xFF) return std::nullopt;
    Reading r;
    r.device = device;
    r.raw = b;
    DeviceTime t;
    t.year = 2000 + b[2];
    t.month = (b[4] >> 2) & 0x0F;
    t.day = (((b[4] << 8) | b[5]) >> 5) & 0x1F;
    t.hour = b[5] & 0x1F;
    t.minute = (((b[6] << 8) | b[7]) >> 6) & 0x3F;
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.hour > 23 || t.minute > 59)
        return DecodeResult{error(DeviceErrorCode::Garbled, "record date out of range", b, device)};
    r.device_time = t;
    r.values.push_back(make_value(Measure::Systolic, b[1] + 25));
    r.values.push_back(make_value(Measure::Diastolic, b[0]));
    r.values.push_back(make_value(Measure::Pulse, b[3]));
    return DecodeResult{std::move(r)};
}

std::vector<DecodeResult> Omron7322Memory::add(const Omron7322Block& block, const DeviceIdentity& device) {
    for (std::size_t i = 0; i < block.data.size(); ++i)
        m_bytes[static_cast<std::uint16_t>(block.address + i)] = block.data[i];
    std::vector<DecodeResult> out;
    const std::size_t total = 2 * kOmron7322RecordsPerUser;
    for (std::size_t n = 0; n < total; ++n) {
        if (m_done.count(n)) continue;
        const std::size_t start = kOmron7322RecordBase + n * kOmron7322RecordSize;
        Bytes record;
        for (std::size_t k = 0; k < kOmron7322RecordSize; ++k) {
            auto it = m_bytes.find(static_cast<std::uint16_t>(start + k));
            if (it == m_bytes.end()) break;
            record.push_back(it->second);
        }
        if (record.size() != kOmron7322RecordSize) continue;
        m_done.insert(n);
        if (auto result = decode_omron7322_record(record, device)) out.push_back(std::move(*result));
    }
    return out;
}

Bytes omron7322_packet(std::uint8_t cmd_hi, std::uint8_t cmd_lo, std::uint16_t address, const Bytes& data,
                       std::uint8_t count) {
    Bytes p;
    p.reserve(data.size() + 8);
    for (std::uint8_t b : {std::uint8_t{0}, cmd_hi, cmd_lo, u8(address >> 8), u8(address), count}) p.push_back(b);
    for (std::uint8_t b : data) p.push_back(b);
    p[0] = u8(static_cast<int>(p.size() + 1));
    p.push_back(xor_all(p.data(), p.size()));
    return p;
}

Bytes omron7322_start_command() { return {0x08, 0x00, 0x00, 0x00, 0x00, 0x10, 0x00, 0x18}; }
Bytes omron7322_read_command(std::uint16_t address, std::uint8_t count) {
    Bytes p = {0x08, 0x01, 0x00, u8(address >> 8), u8(address), count, 0x00};
    p.push_back(xor_all(p.data(), p.size()));
    return p;
}
Bytes omron7322_end_command() { return {0x08, 0x0F, 0x00, 0x00, 0x00, 0x00, 0x00, 0x07}; }
Bytes omron7322_session_reply() { return omron7322_packet(kSessionReply, 0x00, 0, {}, 0); }
Bytes omron7322_read_reply(std::uint16_t address, const Bytes& data) {
    return omron7322_packet(kReadReply, 0x00, address, data, u8(static_cast<int>(data.size())));
}

Bytes encode_omron7322_record(const Omron7322Record& r) {
    const DeviceTime& t = r.time;
    const int b45 = (t.month << 10) | (t.day << 5) | t.hour;  // b4 = month<<2 | day>>3
    const int b67 = t.minute << 6;
    Bytes rec = {u8(r.diastolic), u8(r.systolic - 25), u8(t.year - 2000), u8(r.pulse),
                 u8(b45 >> 8),    u8(b45),             u8(b67 >> 8),      u8(b67)};
    rec.resize(kOmron7322RecordSize, 0);
    return rec;
}

Bytes omron7322_report(const Bytes& packet) {
    Bytes report(kOmron7322ReportSize, 0);
    report[0] = 0x02;
    std::copy_n(packet.begin(), std::min(packet.size(), kOmron7322ReportSize - 1), report.begin() + 1);
    return report;
}

std::vector<DecodeResult> Omron7322Driver::feed(const std::uint8_t* data, std::size_t size) {
    std::vector<DecodeResult> out;
    for (const auto& packet : m_framer.push(data, size)) {
        auto decoded = decode_omron7322_packet(packet);
        if (auto* err = std::get_if<DeviceError>(&decoded)) {
            err->device = m_device;
            out.emplace_back(std::move(*err));
            continue;
        }
        const auto& p = std::get<Omron7322Packet>(decoded);
        if (p.kind == Omron7322PacketKind::SessionReply) {
            m_session_started = true;
            continue;
        }
        for (auto& r : m_memory.add(p.block, m_device)) out.push_back(std::move(r));
    }
    return out;
}

std::vector<DecodeResult> Omron7322Driver::flush() {
    std::vector<DecodeResult> out;
    Bytes partial = m_framer.take_partial();
    if (!partial.empty()) out.emplace_back(error(DeviceErrorCode::Truncated, "packet cut short", partial, m_device));
    return out;
}

}  // namespace gc::devices
