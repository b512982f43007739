#pragma once
// Omron M500 IT / M6 Comfort IT (HEM-7322U) and M400 IT (HEM-7131U), USB HID 0590:0090:
// reference devices.md §2.2 (obpm). The host reads the monitor's EEPROM in 40-byte blocks.
//
// Packet (host and device, after the HID report id 0x02):
//   len | cmd_hi cmd_lo | addr_hi addr_lo | count | data... | crc     XOR(len..crc) == 0
// Host: start 08 00 00 00 00 10 00 18 (answered only after START is pressed), read block
// 08 01 00 AH AL 28 00 crc, end 08 0F 00 00 00 00 00 07. A read reply carries command
// 0x81 0x00 and the 40 data bytes at packet offset 6 (report offset 7, as obpm reads it) [I].
// Records: 14 bytes from 0x02AC, user 1 then user 2; an empty slot starts FF FF FF.
//   b0 DIA, b1 SYS-25, b2 year-2000, b3 pulse, b4..b7 bit-packed month/day/hour/minute.
#include "devices/driver.hpp"

#include <map>
#include <set>

namespace gc::devices {

inline constexpr std::uint16_t kOmron7322Vendor = 0x0590, kOmron7322Product = 0x0090;
inline constexpr std::uint16_t kOmron7322RecordBase = 0x02AC;
inline constexpr std::size_t kOmron7322RecordSize = 14;
inline constexpr std::size_t kOmron7322RecordsPerUser = 100;
inline constexpr std::size_t kOmron7322BlockSize = 0x28;
inline constexpr std::size_t kOmron7322ReportSize = 64;

// ---- framer: packets out of a byte stream (report ids and zero padding are skipped) --------
class Omron7322Framer {
public:
    std::vector<Bytes> push(const std::uint8_t* data, std::size_t size);
    Bytes take_partial();
    std::size_t discarded() const { return m_discarded; }

private:
    Bytes m_buffer;
    std::size_t m_discarded = 0;
};

// ---- decoder -------------------------------------------------------------------------------
struct Omron7322Block {
    std::uint16_t address = 0;
    Bytes data;
};
enum class Omron7322PacketKind { ReadReply, SessionReply };
struct Omron7322Packet {
    Omron7322PacketKind kind{};
    Omron7322Block block;  // ReadReply only
};
std::variant<Omron7322Packet, DeviceError> decode_omron7322_packet(const Bytes& packet);

struct Omron7322Record {
    int systolic = 0, diastolic = 0, pulse = 0;
    DeviceTime time;  // no seconds in the decoded part of the record
};
// 14 record bytes -> Reading (raw = the record), nullopt for an empty slot.
std::optional<DecodeResult> decode_omron7322_record(const Bytes& record, const DeviceIdentity& device);

// Collects EEPROM blocks and decodes each record once all its 14 bytes have arrived.
class Omron7322Memory {
public:
    std::vector<DecodeResult> add(const Omron7322Block& block, const DeviceIdentity& device);

private:
    std::map<std::uint16_t, std::uint8_t> m_bytes;
    std::set<std::size_t> m_done;
};

// ---- encoder -------------------------------------------------------------------------------
Bytes omron7322_packet(std::uint8_t cmd_hi, std::uint8_t cmd_lo, std::uint16_t address, const Bytes& data,
                       std::uint8_t count);
Bytes omron7322_start_command();
Bytes omron7322_read_command(std::uint16_t address, std::uint8_t count = kOmron7322BlockSize);
Bytes omron7322_end_command();
Bytes omron7322_session_reply();                                     // device: START was pressed
Bytes omron7322_read_reply(std::uint16_t address, const Bytes& data);  // device: 0x81 0x00
Bytes encode_omron7322_record(const Omron7322Record& record);       // 14 bytes
Bytes omron7322_report(const Bytes& packet);  // report id 0x02 + packet, padded to 64

class Omron7322Driver final : public Driver {
public:
    explicit Omron7322Driver(DriverOptions options = {}, DeviceIdentity device = {"omron-7322", "HEM-7322U", "", ""})
        : m_options(std::move(options)), m_device(std::move(device)) {}
    std::string_view name() const override { return "omron-7322"; }
    using Driver::feed;
    std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) override;
    std::vector<DecodeResult> flush() override;
    std::size_t discarded_bytes() const override { return m_framer.discarded(); }
    bool session_started() const { return m_session_started; }

private:
    DriverOptions m_options;
    DeviceIdentity m_device;
    Omron7322Framer m_framer;
    Omron7322Memory m_memory;
    bool m_session_started = false;
};

}  // namespace gc::devices
