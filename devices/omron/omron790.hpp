#pragma once
// Omron "IT" blood-pressure monitors on USB HID 0590:0028 (HEM-790IT, M10-IT, HEM-7080IT-E,
// ...): reference devices.md §2.1 (libomron protocol).
//
// Transport: 8-byte HID reports, byte 0 = number of valid bytes that follow (1-7).
// Commands: 3 ASCII letters + argument bytes + XOR of the argument bytes.
// Replies: "OK" + payload whose last byte makes the XOR of everything after "OK" zero;
// "NO" = not ready (retry); "OFF\r\n" answers END.
// GME (one stored reading), 15 bytes after "OK":
//   00 yy mm dd hh mi ss unit SYS_hi SYS_lo DIA pulse flags_hi flags_lo xor
// A mode switch is a HID SET_REPORT(Feature) with 2 data bytes (DAILY = 0x74BC).
#include "devices/driver.hpp"

#include <cstdint>
#include <optional>

namespace gc::devices {

inline constexpr std::uint16_t kOmron790Vendor = 0x0590, kOmron790Product = 0x0028;
inline constexpr std::uint16_t kOmron790ModeDaily = 0x74BC;
inline constexpr std::size_t kOmron790ReportSize = 8;
inline constexpr std::size_t kOmron790GmeLength = 17;  // "OK" + 15

// ---- framer: raw 8-byte reports in, complete replies out -----------------------------------
class Omron790Framer {
public:
    // Length of an "OK" reply to the command in flight (GME 17, GDC 8, VER 15).
    void expect_ok_length(std::size_t n) { m_ok_length = n; }
    std::vector<Bytes> push(const std::uint8_t* data, std::size_t size);
    Bytes take_partial();
    std::size_t discarded() const { return m_discarded; }

private:
    void extract(std::vector<Bytes>& out);
    Bytes m_reports;  // unaligned raw report bytes
    Bytes m_payload;  // concatenated report payloads
    std::size_t m_ok_length = kOmron790GmeLength;
    std::size_t m_discarded = 0;
};

// ---- decoder -------------------------------------------------------------------------------
struct Omron790Record {
    DeviceTime time;
    int unit = 0;
    int systolic = 0, diastolic = 0, pulse = 0;
    std::uint16_t flags = 0;  // 0x0001 irregular heartbeat, 0x0002 body movement
};
DecodeResult decode_omron790_gme(const Bytes& reply);
// GDC reply -> number of stored readings, or the error.
std::variant<int, DeviceError> decode_omron790_count(const Bytes& reply);

// ---- encoder -------------------------------------------------------------------------------
Bytes omron790_command(std::string_view letters, const Bytes& args);  // letters + args + xor
Bytes omron790_gme_command(int bank, int index);
Bytes omron790_gdc_command(int bank);
Bytes omron790_end_command();
std::vector<Bytes> omron790_reports(const Bytes& message);  // [n][<=7 bytes] padded to 8
Bytes omron790_gme_reply(const Omron790Record& record);     // device side: "OK" + 15
Bytes omron790_count_reply(int count);

class Omron790Driver final : public Driver {
public:
    explicit Omron790Driver(DriverOptions options = {}) : m_options(std::move(options)) {}
    std::string_view name() const override { return "omron-790"; }
    using Driver::feed;
    std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) override;
    std::vector<DecodeResult> flush() override;
    std::size_t discarded_bytes() const override { return m_framer.discarded(); }
    Omron790Framer& framer() { return m_framer; }

private:
    DriverOptions m_options;
    Omron790Framer m_framer;
};

}  // namespace gc::devices
