#include "devices/omron/omron790.hpp"

#include "devices/protocol/text.hpp"

#include <algorithm>

namespace gc::devices {
namespace {

DeviceIdentity identity() { return DeviceIdentity{"omron-790", "HEM-790IT", "", ""}; }

DeviceError error(DeviceErrorCode code, std::string detail, const Bytes& raw) {
    return DeviceError{code, std::move(detail), raw, identity()};
}

bool starts_with(const Bytes& b, std::string_view s) {
    return b.size() >= s.size() && std::equal(s.begin(), s.end(), b.begin());
}

}  // namespace

std::vector<Bytes> Omron790Framer::push(const std::uint8_t* data, std::size_t size) {
    m_reports.insert(m_reports.end(), data, data + size);
    std::size_t pos = 0;
    while (m_reports.size() - pos >= kOmron790ReportSize) {
        const std::uint8_t n = m_reports[pos];
        if (n == 0 || n > 7) {  // not a report start: resynchronise byte by byte
            ++pos;
            ++m_discarded;
            continue;
        }
        m_payload.insert(m_payload.end(), m_reports.begin() + static_cast<std::ptrdiff_t>(pos + 1),
                         m_reports.begin() + static_cast<std::ptrdiff_t>(pos + 1 + n));
        pos += kOmron790ReportSize;
    }
    m_reports.erase(m_reports.begin(), m_reports.begin() + static_cast<std::ptrdiff_t>(pos));
    std::vector<Bytes> out;
    extract(out);
    return out;
}

void Omron790Framer::extract(std::vector<Bytes>& out) {
    for (;;) {
        // Drop anything that cannot start a reply ("OK", "NO", "OFF").
        std::size_t skip = 0;
        while (skip < m_payload.size() && m_payload[skip] != 'O' && m_payload[skip] != 'N') ++skip;
        m_discarded += skip;
        m_payload.erase(m_payload.begin(), m_payload.begin() + static_cast<std::ptrdiff_t>(skip));
        if (m_payload.size() < 2) return;
        std::size_t length = 0;
        if (starts_with(m_payload, "OK")) length = m_ok_length;
        else if (starts_with(m_payload, "NO")) length = 2;
        else if (starts_with(m_payload, "OF")) length = 5;  // "OFF\r\n"
        else {
            ++m_discarded;
            m_payload.erase(m_payload.begin());
            continue;
        }
        if (m_payload.size() < length) return;
        out.emplace_back(m_payload.begin(), m_payload.begin() + static_cast<std::ptrdiff_t>(length));
        m_payload.erase(m_payload.begin(), m_payload.begin() + static_cast<std::ptrdiff_t>(length));
    }
}

Bytes Omron790Framer::take_partial() {
    Bytes partial = m_payload;
    m_discarded += m_reports.size();
    m_reports.clear();
    m_payload.clear();
    return partial;
}

DecodeResult decode_omron790_gme(const Bytes& reply) {
    if (starts_with(reply, "NO")) return error(DeviceErrorCode::Busy, "device answered NO", reply);
    if (!starts_with(reply, "OK") || reply.size() != kOmron790GmeLength)
        return error(DeviceErrorCode::Garbled, "not a GME reply", reply);
    if (xor_all(reply.data() + 2, reply.size() - 2) != 0)
        return error(DeviceErrorCode::ChecksumMismatch, "XOR after OK is not zero", reply);
    const std::uint8_t* p = reply.data() + 2;
    Reading r;
    r.device = identity();
    r.raw = reply;
    r.device_time = DeviceTime{2000 + p[1], p[2], p[3], p[4], p[5], p[6]};
    const int sys = (p[8] << 8) | p[9];  // 16-bit SYS (libomron #25): values above 255 exist
    r.values.push_back(make_value(Measure::Systolic, sys));
    r.values.push_back(make_value(Measure::Diastolic, p[10]));
    r.values.push_back(make_value(Measure::Pulse, p[11]));
    const int flags = (p[12] << 8) | p[13];
    if (flags & 0x0001) r.extra.emplace_back("irregular_heartbeat", "1");
    if (flags & 0x0002) r.extra.emplace_back("body_movement", "1");
    return r;
}

std::variant<int, DeviceError> decode_omron790_count(const Bytes& reply) {
    if (starts_with(reply, "NO")) return error(DeviceErrorCode::Busy, "device answered NO", reply);
    if (!starts_with(reply, "OK") || reply.size() != 8) return error(DeviceErrorCode::Garbled, "not a GDC reply", reply);
    if (xor_all(reply.data() + 2, reply.size() - 2) != 0)
        return error(DeviceErrorCode::ChecksumMismatch, "XOR after OK is not zero", reply);
    return static_cast<int>(reply[6]);
}

Bytes omron790_command(std::string_view letters, const Bytes& args) {
    Bytes cmd(letters.begin(), letters.end());
    cmd.insert(cmd.end(), args.begin(), args.end());
    cmd.push_back(xor_all(args.data(), args.size()));
    return cmd;
}

Bytes omron790_gme_command(int bank, int index) {
    const auto b = static_cast<std::uint8_t>(bank), i = static_cast<std::uint8_t>(index);
    return omron790_command("GME", {0x00, b, 0x00, i});
}

Bytes omron790_gdc_command(int bank) {
    const auto b = static_cast<std::uint8_t>(bank);
    return omron790_command("GDC", {0x00, b, 0x00, 0x00});
}

Bytes omron790_end_command() { return Bytes{'E', 'N', 'D', 0xFF, 0xFF}; }

std::vector<Bytes> omron790_reports(const Bytes& message) {
    std::vector<Bytes> reports;
    for (std::size_t pos = 0; pos < message.size(); pos += 7) {
        const std::size_t n = std::min<std::size_t>(7, message.size() - pos);
        Bytes report(kOmron790ReportSize, 0);
        report[0] = static_cast<std::uint8_t>(n);
        std::copy_n(message.begin() + static_cast<std::ptrdiff_t>(pos), n, report.begin() + 1);
        reports.push_back(report);
    }
    return reports;
}

Bytes omron790_gme_reply(const Omron790Record& rec) {
    auto u8 = [](int v) { return static_cast<std::uint8_t>(v & 0xFF); };
    Bytes payload = {0x00, u8(rec.time.year - 2000), u8(rec.time.month), u8(rec.time.day), u8(rec.time.hour),
                     u8(rec.time.minute), u8(rec.time.second), u8(rec.unit), u8(rec.systolic >> 8), u8(rec.systolic),
                     u8(rec.diastolic), u8(rec.pulse), u8(rec.flags >> 8), u8(rec.flags)};
    payload.push_back(xor_all(payload.data(), payload.size()));
    Bytes reply{'O', 'K'};
    reply.insert(reply.end(), payload.begin(), payload.end());
    return reply;
}

Bytes omron790_count_reply(int count) {
    Bytes payload = {0x00, 0x00, 0x0A, 0x00, static_cast<std::uint8_t>(count)};
    payload.push_back(xor_all(payload.data(), payload.size()));
    Bytes reply{'O', 'K'};
    reply.insert(reply.end(), payload.begin(), payload.end());
    return reply;
}

std::vector<DecodeResult> Omron790Driver::feed(const std::uint8_t* data, std::size_t size) {
    std::vector<DecodeResult> out;
    for (const auto& reply : m_framer.push(data, size)) {
        if (starts_with(reply, "OF")) continue;  // END acknowledged: not a reading
        out.push_back(decode_omron790_gme(reply));
    }
    return out;
}

std::vector<DecodeResult> Omron790Driver::flush() {
    std::vector<DecodeResult> out;
    Bytes partial = m_framer.take_partial();
    if (!partial.empty()) out.emplace_back(error(DeviceErrorCode::Truncated, "reply cut short", partial));
    return out;
}

}  // namespace gc::devices
