#pragma once
// Ascensia/Bayer Contour Next USB (HID 1a79:7410 and relatives): reference devices.md §3.2.
//
// HID: 64-byte reports, bytes 0-2 header (ignored), byte 3 payload length (<= 60; 60 means
// more reports follow), payload from byte 4.
// Link layer (ASTM E1381): host EOT -> meter ENQ -> host ACK -> frames, each ACKed (NAK on a
// bad checksum, the meter repeats it) -> meter EOT.
// Frame: STX FN text CR (ETB|ETX) C1 C2 CR LF, FN = '0'..'7', C1C2 = sum(FN..ETB/ETX) mod 256.
// Records (E1394, '|' fields): H header (product^versions^serial, U=0 mg/dL / U=1 mmol/L,
// meter time), R result (value, unit^method, markers: C control solution, > above, < below).
#include "devices/driver.hpp"

#include <optional>

namespace gc::devices {

inline constexpr std::uint16_t kContourVendor = 0x1A79, kContourNextUsbProduct = 0x7410;
inline constexpr std::size_t kContourReportSize = 64;
inline constexpr std::size_t kContourReportPayload = 60;
namespace astm {
inline constexpr std::uint8_t STX = 0x02, ETX = 0x03, EOT = 0x04, ENQ = 0x05, ACK = 0x06, LF = 0x0A, CR = 0x0D,
                              NAK = 0x15, ETB = 0x17;
}

// ---- HID report unpacker: 64-byte reports -> link-layer byte stream -------------------------
class ContourReportUnpacker {
public:
    Bytes push(const std::uint8_t* data, std::size_t size);
    std::size_t discarded() const { return m_discarded; }
    std::size_t pending() const { return m_buffer.size(); }

private:
    Bytes m_buffer;
    std::size_t m_discarded = 0;
};

// ---- ASTM E1381 framer: byte stream -> control bytes and frames -----------------------------
struct AstmEvent {
    enum class Kind { Enq, Eot, Ack, Nak, Frame } kind{};
    Bytes frame;  // STX .. LF for Kind::Frame
};
class AstmFramer {
public:
    std::vector<AstmEvent> push(const std::uint8_t* data, std::size_t size);
    Bytes take_partial();
    std::size_t discarded() const { return m_discarded; }

private:
    Bytes m_frame;
    std::size_t m_discarded = 0;
};

struct AstmFrame {
    int number = 0;
    std::string text;  // between FN and ETB/ETX (includes the record's CR if present)
    bool last = false;  // ETX (end of message) rather than ETB
};
std::variant<AstmFrame, DeviceError> decode_astm_frame(const Bytes& frame);

// ---- record decoder: frames -> header state and readings ------------------------------------
class ContourRecords {
public:
    // Text of a good frame; returns the readings/errors of the records it completed.
    std::vector<DecodeResult> add(const AstmFrame& frame, const Bytes& raw);
    const DeviceIdentity& device() const { return m_device; }
    bool mmol() const { return m_mmol; }

private:
    DecodeResult result_record(const std::vector<std::string_view>& fields, const Bytes& raw) const;
    void header_record(const std::vector<std::string_view>& fields);
    std::string m_text;
    Bytes m_raw;
    DeviceIdentity m_device{"contour", "", "", ""};
    bool m_mmol = false;
};

// ---- encoder ------------------------------------------------------------------------------
Bytes astm_frame(int number, std::string_view text, bool last = true);
struct ContourMeter {
    std::string product = "Bayer7390";
    std::string firmware = "01.24\\01.04\\09.02.20";
    std::string serial = "7390-2336773";
    bool mmol = true;
    DeviceTime clock{2026, 1, 1, 9, 0, 0};
};
struct ContourResult {
    double value = 5.4;  // in the meter's unit
    std::string markers;  // "", "C", ">", "<", "B/X"
    DeviceTime time{2026, 1, 1, 9, 0, 0};
};
std::string contour_header_record(const ContourMeter& meter, int record_count);
std::string contour_result_record(int sequence, const ContourMeter& meter, const ContourResult& result);
// Whole transfer as frames (H, P, R..., L), numbered from 1, each ending in ETX.
std::vector<Bytes> contour_transfer_frames(const ContourMeter& meter, const std::vector<ContourResult>& results);
std::vector<Bytes> contour_reports(const Bytes& link_bytes);  // link bytes -> 64-byte reports

class ContourDriver final : public Driver {
public:
    explicit ContourDriver(DriverOptions options = {}) : m_options(std::move(options)) {}
    std::string_view name() const override { return "contour"; }
    using Driver::feed;
    std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) override;
    std::vector<DecodeResult> flush() override;
    std::size_t discarded_bytes() const override { return m_reports.discarded() + m_framer.discarded(); }
    // Link-layer bytes to feed directly (the HID session unpacks reports itself).
    std::vector<DecodeResult> feed_link(const Bytes& link_bytes, std::vector<AstmEvent>* events = nullptr);

private:
    DriverOptions m_options;
    ContourReportUnpacker m_reports;
    AstmFramer m_framer;
    ContourRecords m_records;
};

}  // namespace gc::devices
