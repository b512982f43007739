#include "devices/contour/contour.hpp"

#include "devices/protocol/text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace gc::devices {
namespace {

constexpr double kMgdlPerMmol = 18.016;  // glucose, molar mass 180.16 g/mol
constexpr std::size_t kMaxFrame = 512;

DeviceError error(DeviceErrorCode code, std::string detail, const Bytes& raw, DeviceIdentity device = {}) {
    if (device.driver.empty()) device.driver = "contour";
    return DeviceError{code, std::move(detail), raw, std::move(device)};
}

// "YYYYMMDDHHMM" or with seconds "YYYYMMDDHHMMSS".
std::optional<DeviceTime> parse_astm_time(std::string_view s) {
    if (s.size() != 12 && s.size() != 14) return std::nullopt;
    auto num = [&](std::size_t pos, std::size_t n) { return parse_int(s.substr(pos, n)); };
    auto y = num(0, 4), mo = num(4, 2), d = num(6, 2), h = num(8, 2), mi = num(10, 2);
    if (!y || !mo || !d || !h || !mi) return std::nullopt;
    DeviceTime t{*y, *mo, *d, *h, *mi, 0};
    if (s.size() == 14) {
        auto sec = num(12, 2);
        if (!sec) return std::nullopt;
        t.second = *sec;
    }
    return t;
}

std::string astm_time(const DeviceTime& t) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d%02d%02d", t.year, t.month, t.day, t.hour, t.minute);
    return buf;
}

}  // namespace

Bytes ContourReportUnpacker::push(const std::uint8_t* data, std::size_t size) {
    m_buffer.insert(m_buffer.end(), data, data + size);
    Bytes link;
    std::size_t pos = 0;
    while (m_buffer.size() - pos >= kContourReportSize) {
        const std::size_t len = m_buffer[pos + 3];
        if (len > kContourReportPayload) {
            m_discarded += kContourReportSize;  // not a report we understand: skip it whole
        } else {
            const auto begin = m_buffer.begin() + static_cast<std::ptrdiff_t>(pos + 4);
            link.insert(link.end(), begin, begin + static_cast<std::ptrdiff_t>(len));
        }
        pos += kContourReportSize;
    }
    m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(pos));
    return link;
}

std::vector<AstmEvent> AstmFramer::push(const std::uint8_t* data, std::size_t size) {
    using namespace astm;
    std::vector<AstmEvent> out;
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint8_t b = data[i];
        if (b == STX) {  // a new frame always starts here, whatever came before
            m_discarded += m_frame.size();
            m_frame.assign(1, b);
            continue;
        }
        if (m_frame.empty()) {
            if (b == ENQ) out.push_back({AstmEvent::Kind::Enq, {}});
            else if (b == EOT) out.push_back({AstmEvent::Kind::Eot, {}});
            else if (b == ACK) out.push_back({AstmEvent::Kind::Ack, {}});
            else if (b == NAK) out.push_back({AstmEvent::Kind::Nak, {}});
            else ++m_discarded;
            continue;
        }
        m_frame.push_back(b);
        if (b == LF) {
            out.push_back({AstmEvent::Kind::Frame, std::move(m_frame)});
            m_frame.clear();
        } else if (m_frame.size() > kMaxFrame) {
            m_discarded += m_frame.size();
            m_frame.clear();
        }
    }
    return out;
}

Bytes AstmFramer::take_partial() {
    Bytes partial;
    partial.swap(m_frame);
    return partial;
}

std::variant<AstmFrame, DeviceError> decode_astm_frame(const Bytes& f) {
    using namespace astm;
    // STX FN ... (ETB|ETX) C1 C2 CR LF: at least 7 bytes
    if (f.size() < 7 || f[0] != STX || f[f.size() - 1] != LF || f[f.size() - 2] != CR)
        return error(DeviceErrorCode::Garbled, "not an ASTM frame", f);
    const std::size_t end = f.size() - 5;  // position of ETB/ETX
    if (f[end] != ETX && f[end] != ETB) return error(DeviceErrorCode::Garbled, "no ETX/ETB", f);
    if (f[1] < '0' || f[1] > '7') return error(DeviceErrorCode::Garbled, "bad frame number", f);
    const std::string cs(f.begin() + static_cast<std::ptrdiff_t>(end + 1), f.begin() + static_cast<std::ptrdiff_t>(end + 3));
    const auto sent = parse_hex2(cs);
    const unsigned computed = sum_mod256(f.data() + 1, end);  // FN .. ETB/ETX inclusive
    if (!sent || *sent != computed)
        return error(DeviceErrorCode::ChecksumMismatch, "frame checksum sent " + cs + " computed " + hex2(computed), f);
    AstmFrame frame;
    frame.number = f[1] - '0';
    frame.text.assign(f.begin() + 2, f.begin() + static_cast<std::ptrdiff_t>(end));
    frame.last = f[end] == ETX;
    return frame;
}

void ContourRecords::header_record(const std::vector<std::string_view>& fields) {
    // H|\^&||password|product^versions^serial^sku|config|count|...|time
    if (fields.size() > 4) {
        auto id = split(fields[4], '^');
        m_device.model = std::string(id[0]);
        if (id.size() > 1) m_device.firmware = std::string(id[1]);
        if (id.size() > 2) m_device.serial = std::string(id[2]);
    }
    if (fields.size() > 5)
        for (auto item : split(fields[5], '^'))
            if (item.rfind("U=", 0) == 0) m_mmol = item == "U=1";
}

DecodeResult ContourRecords::result_record(const std::vector<std::string_view>& f, const Bytes& raw) const {
    // R|seq|^^^Glucose|value|unit^method||markers||time
    if (f.size() < 9) return error(DeviceErrorCode::Garbled, "short result record", raw, m_device);
    const auto markers = split(f[6], '/');
    auto has = [&](std::string_view m) { return std::find(markers.begin(), markers.end(), m) != markers.end(); };
    if (has("C")) return error(DeviceErrorCode::ControlSolution, "control-solution result", raw, m_device);
    if (has(">") || has("<") || f[3] == "HI" || f[3] == "LO")
        return error(DeviceErrorCode::OutOfRange, "meter reports HI/LO", raw, m_device);
    const auto value = parse_number(f[3]);
    if (!value) return error(DeviceErrorCode::Garbled, "result value is not a number", raw, m_device);
    const std::string_view unit = split(f[4], '^')[0];
    double mmol = 0.0;
    if (unit == "mmol/L") mmol = *value;
    else if (unit == "mg/dL") mmol = *value / kMgdlPerMmol;
    else return error(DeviceErrorCode::UnsupportedUnit, "unit " + std::string(unit), raw, m_device);
    Reading r;
    r.device = m_device;
    r.raw = raw;
    r.values.push_back(make_value(Measure::Glucose, std::round(mmol * 10.0) / 10.0));
    r.device_time = parse_astm_time(f[8]);
    r.extra.emplace_back("sequence", std::string(f[1]));
    if (!f[6].empty()) r.extra.emplace_back("markers", std::string(f[6]));
    r.extra.emplace_back("meter_unit", std::string(unit));
    return r;
}

std::vector<DecodeResult> ContourRecords::add(const AstmFrame& frame, const Bytes& raw) {
    std::vector<DecodeResult> out;
    m_text += frame.text;
    m_raw.insert(m_raw.end(), raw.begin(), raw.end());
    if (m_text.empty() || m_text.back() != '\r') {
        if (frame.last) {  // ETX without the record's CR: take what we have
            m_text.push_back('\r');
        } else {
            return out;  // record continues in the next frame (ETB)
        }
    }
    for (auto record : split(std::string_view(m_text).substr(0, m_text.size() - 1), '\r')) {
        const auto fields = split(record, '|');
        if (fields[0] == "H") header_record(fields);
        else if (fields[0] == "R") out.push_back(result_record(fields, m_raw));
    }
    m_text.clear();
    m_raw.clear();
    return out;
}

Bytes astm_frame(int number, std::string_view text, bool last) {
    Bytes f;
    f.reserve(text.size() + 8);
    f.push_back(astm::STX);
    f.push_back(static_cast<std::uint8_t>('0' + (number % 8)));
    for (char c : text) f.push_back(static_cast<std::uint8_t>(c));
    f.push_back(last ? astm::ETX : astm::ETB);
    const std::string cs = hex2(sum_mod256(f.data() + 1, f.size() - 1));
    f.insert(f.end(), cs.begin(), cs.end());
    f.push_back(astm::CR);
    f.push_back(astm::LF);
    return f;
}

std::string contour_header_record(const ContourMeter& m, int record_count) {
    return "H|\\^&||7w3LBL|" + m.product + "^" + m.firmware + "^" + m.serial + "^7403-|A=1^C=63^G=1^I=0200^R=0^S=1^U=" +
           (m.mmol ? "1" : "0") + "^V=10600^Z=1|" + std::to_string(record_count) + "||||||1|" + astm_time(m.clock) + "\r";
}

std::string contour_result_record(int sequence, const ContourMeter& m, const ContourResult& r) {
    char value[32];
    if (m.mmol) std::snprintf(value, sizeof value, "%.1f", r.value);
    else std::snprintf(value, sizeof value, "%.0f", r.value);
    return "R|" + std::to_string(sequence) + "|^^^Glucose|" + value + "|" + (m.mmol ? "mmol/L" : "mg/dL") + "^P||" +
           r.markers + "||" + astm_time(r.time) + "\r";
}

std::vector<Bytes> contour_transfer_frames(const ContourMeter& meter, const std::vector<ContourResult>& results) {
    std::vector<std::string> records;
    records.push_back(contour_header_record(meter, static_cast<int>(results.size())));
    records.push_back("P|1\r");
    for (std::size_t i = 0; i < results.size(); ++i)
        records.push_back(contour_result_record(static_cast<int>(i + 1), meter, results[i]));
    records.push_back("L|1||N\r");
    std::vector<Bytes> frames;
    for (std::size_t i = 0; i < records.size(); ++i) frames.push_back(astm_frame(static_cast<int>(i + 1), records[i]));
    return frames;
}

std::vector<Bytes> contour_reports(const Bytes& link) {
    std::vector<Bytes> reports;
    std::size_t pos = 0;
    do {
        const std::size_t n = std::min(kContourReportPayload, link.size() - pos);
        Bytes report(kContourReportSize, 0);
        report[0] = 'A', report[1] = 'B', report[2] = 'C';
        report[3] = static_cast<std::uint8_t>(n);
        std::copy_n(link.begin() + static_cast<std::ptrdiff_t>(pos), n, report.begin() + 4);
        reports.push_back(report);
        pos += n;
        // A full report means "more follows": end an exact multiple of 60 with an empty one.
        if (n == kContourReportPayload && pos == link.size()) reports.push_back(Bytes(kContourReportSize, 0));
    } while (pos < link.size());
    return reports;
}

std::vector<DecodeResult> ContourDriver::feed_link(const Bytes& link, std::vector<AstmEvent>* events) {
    std::vector<DecodeResult> out;
    for (auto& ev : m_framer.push(link.data(), link.size())) {
        if (ev.kind == AstmEvent::Kind::Frame) {
            auto decoded = decode_astm_frame(ev.frame);
            if (auto* err = std::get_if<DeviceError>(&decoded)) {
                err->device = m_records.device();
                if (m_options.warn) m_options.warn("contour: bad frame " + err->detail);
                out.emplace_back(std::move(*err));
            } else {
                for (auto& r : m_records.add(std::get<AstmFrame>(decoded), ev.frame)) out.push_back(std::move(r));
            }
        }
        if (events) events->push_back(std::move(ev));
    }
    return out;
}

std::vector<DecodeResult> ContourDriver::feed(const std::uint8_t* data, std::size_t size) {
    return feed_link(m_reports.push(data, size));
}

std::vector<DecodeResult> ContourDriver::flush() {
    std::vector<DecodeResult> out;
    Bytes partial = m_framer.take_partial();
    if (!partial.empty()) out.emplace_back(error(DeviceErrorCode::Truncated, "frame cut short", partial, m_records.device()));
    return out;
}

}  // namespace gc::devices
