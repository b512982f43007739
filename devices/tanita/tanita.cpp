#include "devices/tanita/tanita.hpp"

#include "devices/protocol/text.hpp"

#include <cmath>
#include <cstdio>

namespace gc::devices {
namespace {

constexpr double kKgPerLb = 0.45359237;
const std::string_view kFrameStart = "{0,";

DeviceIdentity tanita_identity() { return DeviceIdentity{"tanita", "", "", ""}; }

DeviceError error(DeviceErrorCode code, std::string detail, const Bytes& raw) {
    return DeviceError{code, std::move(detail), raw, tanita_identity()};
}

// Tokens separated by commas; a comma inside double quotes belongs to the value.
std::vector<std::string_view> tokens(std::string_view text) {
    std::vector<std::string_view> out;
    bool quoted = false;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '"') quoted = !quoted;
        else if (text[i] == ',' && !quoted) {
            out.push_back(text.substr(start, i - start));
            start = i + 1;
        }
    }
    out.push_back(text.substr(start));
    return out;
}

// Dates arrive as "dd/mm/yyyy" (Da), "yy/mm/dd" (DA) or "yyyy/mm/dd" (DT) depending on model.
std::optional<DeviceTime> parse_date(std::string_view text) {
    auto parts = split(unquote(text), '/');
    if (parts.size() != 3) return std::nullopt;
    auto a = parse_int(parts[0]), b = parse_int(parts[1]), c = parse_int(parts[2]);
    if (!a || !b || !c) return std::nullopt;
    DeviceTime t;
    if (parts[0].size() == 4) t = DeviceTime{*a, *b, *c, 0, 0, 0};
    else if (parts[2].size() == 4) t = DeviceTime{*c, *b, *a, 0, 0, 0};
    else t = DeviceTime{2000 + *a, *b, *c, 0, 0, 0};
    if (t.month < 1 || t.month > 12 || t.day < 1 || t.day > 31) return std::nullopt;
    return t;
}

bool parse_clock(std::string_view text, DeviceTime& t) {
    auto parts = split(unquote(text), ':');
    if (parts.size() < 2 || parts.size() > 3) return false;
    auto h = parse_int(parts[0]), m = parse_int(parts[1]);
    if (!h || !m) return false;
    t.hour = *h;
    t.minute = *m;
    if (parts.size() == 3) {
        auto s = parse_int(parts[2]);
        if (!s) return false;
        t.second = *s;
    }
    return true;
}

struct MassKey {
    std::string_view key;
    Measure measure;
};
// Keys in kg (metric) or lb (imperial, ~0 = 3 or Wp present): converted to kg.
constexpr MassKey kMassKeys[] = {
    {"Wk", Measure::Weight}, {"Wp", Measure::Weight}, {"fW", Measure::FatMass}, {"mW", Measure::MuscleMass}};
struct PlainKey {
    std::string_view key;
    Measure measure;
};
constexpr PlainKey kPlainKeys[] = {
    {"MI", Measure::Bmi}, {"FW", Measure::BodyFatPercent}, {"IF", Measure::VisceralFat}};

std::optional<TanitaMessage> decode_reply(const std::string& text, const Bytes& raw) {
    if (text.size() >= 2 && text[0] == 'E' && parse_int(text.substr(1))) {
        if (text == "E16") return TanitaMessage{error(DeviceErrorCode::SteppedOff, "device " + text, raw)};
        if (text == "E17") return TanitaMessage{error(DeviceErrorCode::SteppedOnEarly, "device " + text, raw)};
        return TanitaMessage{error(DeviceErrorCode::DeviceReported, "device " + text, raw)};
    }
    if (text == "!" || (text.size() == 3 && text[2] == '!') || (text.size() == 2 && text[1] == '!'))
        return TanitaMessage{error(DeviceErrorCode::CommandRejected, "device " + text, raw)};
    // Acknowledgement: a command key echoed ("D1", "G1", "U0", "M1"), or the D? settings echo.
    const bool key_echo = text.size() == 2 && text[0] >= 'A' && text[0] <= 'Z' && text[1] >= '0' && text[1] <= '9';
    const bool settings_echo = text.rfind("D0", 0) == 0 && text.find(",D1") != std::string::npos;
    if (key_echo || settings_echo) return TanitaMessage{TanitaReply{text}};
    return std::nullopt;
}

}  // namespace

std::vector<Bytes> TanitaFramer::push(const std::uint8_t* data, std::size_t size) {
    std::vector<Bytes> lines = m_lines.push(data, size);
    for (auto& line : lines) {
        const std::string text = to_text(line);
        const std::size_t start = text.rfind(kFrameStart);
        if (start != std::string::npos && start > 0) {
            m_lines.count_discarded(start);
            line.erase(line.begin(), line.begin() + static_cast<std::ptrdiff_t>(start));
        }
    }
    return lines;
}

TanitaChecksum tanita_checksum(const Bytes& frame) {
    TanitaChecksum cs;
    const std::string text = to_text(frame);
    const std::size_t pos = text.rfind(",CS,");
    if (pos == std::string::npos) return cs;
    auto sent = parse_hex2(std::string_view(text).substr(pos + 4));
    if (!sent) return cs;
    cs.present = true;
    cs.sent = *sent;
    cs.computed = sum_mod256(frame.data(), pos + 1);  // up to and including the comma
    cs.valid = cs.sent == cs.computed;
    return cs;
}

std::optional<TanitaMessage> decode_tanita_line(const Bytes& line, const DriverOptions& options) {
    const std::string text = to_text(line);
    if (text.rfind(kFrameStart, 0) != 0) return decode_reply(text, line);

    const TanitaChecksum cs = tanita_checksum(line);
    if (!cs.present) return TanitaMessage{error(DeviceErrorCode::Garbled, "frame without CS field", line)};
    if (!cs.valid) {
        const std::string detail = "checksum sent " + hex2(cs.sent) + " computed " + hex2(cs.computed);
        if (options.warn) options.warn("tanita checksum mismatch: " + detail);
        if (options.reject_bad_checksum) return TanitaMessage{error(DeviceErrorCode::ChecksumMismatch, detail, line)};
    }

    const auto toks = tokens(text);
    if (toks.size() % 2 != 0) return TanitaMessage{error(DeviceErrorCode::Garbled, "odd number of fields", line)};

    Reading r;
    r.device = tanita_identity();
    r.raw = line;
    bool imperial = false;
    for (std::size_t i = 0; i + 1 < toks.size(); i += 2)
        if ((toks[i] == "~0" && toks[i + 1] == "3") || toks[i] == "Wp") imperial = true;

    std::optional<DeviceTime> date;
    DeviceTime clock;
    bool have_clock = false;
    for (std::size_t i = 0; i + 1 < toks.size(); i += 2) {
        const std::string_view key = toks[i], value = toks[i + 1];
        if (key == "CS") continue;
        if (key == "MO") { r.device.model = std::string(unquote(value)); continue; }
        if (key == "SN") { r.device.serial = std::string(unquote(value)); continue; }
        if (key == "Da" || key == "DA" || key == "DT") { date = parse_date(value); continue; }
        if (key == "TI" || key == "Ti") { have_clock = parse_clock(value, clock); continue; }
        if (key == "St" && value != "0")
            return TanitaMessage{error(DeviceErrorCode::DeviceReported, "measurement status St=" + std::string(value), line)};
        if (key == "Ws") return TanitaMessage{error(DeviceErrorCode::UnsupportedUnit, "stone/lb weight", line)};

        bool mapped = false;
        for (const auto& mk : kMassKeys) {
            if (key != mk.key) continue;
            auto v = parse_number(value);
            if (!v) return TanitaMessage{error(DeviceErrorCode::Garbled, "bad number for " + std::string(key), line)};
            r.values.push_back(make_value(mk.measure, imperial ? *v * kKgPerLb : *v));
            mapped = true;
        }
        for (const auto& pk : kPlainKeys) {
            if (key != pk.key) continue;
            auto v = parse_number(value);
            if (!v) return TanitaMessage{error(DeviceErrorCode::Garbled, "bad number for " + std::string(key), line)};
            r.values.push_back(make_value(pk.measure, *v));
            mapped = true;
        }
        if (key == "Hm" && !imperial) {
            auto v = parse_number(value);
            if (!v) return TanitaMessage{error(DeviceErrorCode::Garbled, "bad number for Hm", line)};
            r.values.push_back(make_value(Measure::Height, *v));
            mapped = true;
        }
        if (key == "Wg") {  // baby scale, grams
            auto v = parse_number(value);
            if (!v) return TanitaMessage{error(DeviceErrorCode::Garbled, "bad number for Wg", line)};
            r.values.push_back(make_value(Measure::Weight, *v / 1000.0));
            mapped = true;
        }
        if (!mapped) r.extra.emplace_back(std::string(key), std::string(value));
    }
    if (date) {
        if (have_clock) {
            date->hour = clock.hour;
            date->minute = clock.minute;
            date->second = clock.second;
        }
        r.device_time = date;
    }
    if (r.values.empty()) return TanitaMessage{error(DeviceErrorCode::Garbled, "frame without measured values", line)};
    return TanitaMessage{std::move(r)};
}

Bytes encode_tanita_frame(const TanitaPairs& pairs) {
    std::string text;
    for (const auto& [key, value] : pairs) text += key + "," + value + ",";
    const Bytes body = to_bytes(text);
    text += "CS," + hex2(sum_mod256(body.data(), body.size())) + "\r\n";
    return to_bytes(text);
}

namespace {
std::string fixed1(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}
std::string two(int v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%02d", v);
    return buf;
}
}  // namespace

TanitaPairs tanita_sc330_pairs(const TanitaMeasurement& m) {
    const double h = m.height_cm / 100.0;
    const DeviceTime& t = m.time;
    return {
        {"{0", "16"}, {"~0", "1"}, {"~1", "1"}, {"~2", "1"},
        {"MO", "\"" + m.model + "\""}, {"SN", "\"" + m.serial + "\""}, {"ID", "\"0000000000\""},
        {"Da", "\"" + two(t.day) + "/" + two(t.month) + "/" + std::to_string(t.year) + "\""},
        {"TI", "\"" + two(t.hour) + ":" + two(t.minute) + "\""},
        {"Bt", "0"}, {"GE", m.sex == Sex::Male ? "1" : "2"}, {"AG", std::to_string(m.age)},
        {"Hm", fixed1(m.height_cm)}, {"Pt", "0.0"}, {"Wk", fixed1(m.weight_kg)},
        {"FW", fixed1(m.body_fat_percent)}, {"fW", fixed1(m.fat_mass_kg)},
        {"MW", fixed1(m.weight_kg - m.fat_mass_kg)}, {"mW", fixed1(m.muscle_mass_kg)},
        {"MI", fixed1(m.weight_kg / (h * h))}, {"IF", std::to_string(m.visceral_fat)}, {"ZF", "501.8"},
    };
}

Bytes tanita_command_sex(Sex sex) { return to_bytes(std::string("D1") + (sex == Sex::Male ? "1" : "2") + "\r\n"); }
Bytes tanita_command_body_type(int body_type) { return to_bytes("D2" + std::to_string(body_type) + "\r\n"); }
Bytes tanita_command_height(double cm, TanitaHeightFormat format) {
    char buf[32];
    if (format == TanitaHeightFormat::Decimal) std::snprintf(buf, sizeof buf, "D3%05.1f\r\n", cm);
    else std::snprintf(buf, sizeof buf, "D3%05ld\r\n", std::lround(cm));
    return to_bytes(buf);
}
Bytes tanita_command_age(int years) { return to_bytes("D4" + two(years) + "\r\n"); }
Bytes tanita_command_start() { return to_bytes("G1\r\n"); }

std::vector<DecodeResult> TanitaDriver::feed(const std::uint8_t* data, std::size_t size) {
    std::vector<DecodeResult> out;
    for (const auto& line : m_framer.push(data, size)) {
        auto msg = decode_tanita_line(line, m_options);
        if (!msg) {
            m_noise += line.size();
            if (m_options.warn) m_options.warn("tanita: ignored a line that is no frame");
            continue;
        }
        if (auto* reply = std::get_if<TanitaReply>(&*msg)) m_replies.push_back(reply->text);
        else if (auto* r = std::get_if<Reading>(&*msg)) out.emplace_back(std::move(*r));
        else out.emplace_back(std::get<DeviceError>(std::move(*msg)));
    }
    return out;
}

std::vector<DecodeResult> TanitaDriver::flush() {
    std::vector<DecodeResult> out;
    Bytes partial = m_framer.take_partial();
    const std::string text = to_text(partial);
    const std::size_t start = text.rfind(kFrameStart);
    if (start != std::string::npos) {
        partial.erase(partial.begin(), partial.begin() + static_cast<std::ptrdiff_t>(start));
        out.emplace_back(error(DeviceErrorCode::Truncated, "frame without CR LF before silence", partial));
    } else {
        m_noise += partial.size();
    }
    return out;
}

std::vector<std::string> TanitaDriver::take_replies() {
    std::vector<std::string> r;
    r.swap(m_replies);
    return r;
}

}  // namespace gc::devices
