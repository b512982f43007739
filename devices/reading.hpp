#pragma once
// What a device sent, typed: a Reading (values in canonical units + who sent it + raw bytes) or
// a DeviceError (stable code + Dutch msgid for the participant). Produced by the drivers on
// the device worker thread and handed to the UI through ReadingQueue; plain data, no
// translated text (the msgid is translated by the UI thread).
#include "core/measure.hpp"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace gc::devices {

using Bytes = std::vector<std::uint8_t>;

// One measured quantity, already converted to the canonical unit of gc::measure_unit().
struct MeasureValue {
    Measure measure{};
    double value = 0.0;
    std::string unit;  // == measure_unit(measure)
};

// The device as it identified itself (empty when the protocol does not tell).
struct DeviceIdentity {
    std::string driver;    // "tanita", "omron-7322", "omron-790", "contour", "scanner"
    std::string model;     // "SC-330", "HEM-7322U", "Bayer7390"
    std::string serial;
    std::string firmware;
};

// The device's own clock (may be wrong: the kiosk stores its own time next to it).
struct DeviceTime {
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    friend bool operator==(const DeviceTime& a, const DeviceTime& b) {
        return a.year == b.year && a.month == b.month && a.day == b.day && a.hour == b.hour &&
               a.minute == b.minute && a.second == b.second;
    }
};

struct Reading {
    DeviceIdentity device;
    std::vector<MeasureValue> values;
    std::optional<std::string> card_code;  // QR/barcode scanner only; never log it
    std::optional<DeviceTime> device_time;
    Bytes raw;  // the frame exactly as received, for the device log and later re-parsing
    // Fields the decoder does not map (Tanita keys such as "ZF"), kept verbatim.
    std::vector<std::pair<std::string, std::string>> extra;

    const MeasureValue* find(Measure m) const {
        for (const auto& v : values)
            if (v.measure == m) return &v;
        return nullptr;
    }
};

enum class DeviceErrorCode {
    ChecksumMismatch,  // frame arrived but its checksum is wrong
    Garbled,           // bytes that do not form a valid frame/record
    Truncated,         // a frame started, then the device went silent
    Timeout,           // no answer to a command
    Busy,              // device not ready ("NO", waiting for START)
    SteppedOff,        // Tanita E16: stepped off too early
    SteppedOnEarly,    // Tanita E17: stepped on too early
    DeviceReported,    // another device error code (E01, E1, ...)
    CommandRejected,   // PC-mode reply "D3!" / "!"
    ControlSolution,   // control/QC result: never a participant value
    OutOfRange,        // device says HI/LO (">" "<" markers)
    Implausible,       // value outside the plausibility range of its measure
    UnsupportedUnit,   // a unit the decoder cannot convert
    Duplicate,         // same (serial, device time, values) already delivered
    Disconnected,      // device unplugged
};

struct DeviceError {
    DeviceErrorCode code{};
    std::string detail;  // technical, for the log (never participant data)
    Bytes raw;           // the offending bytes, for the device log
    DeviceIdentity device;
};

// Stable machine code: "checksum_mismatch", "stepped_off", "control_solution", "implausible", ...
std::string_view error_code_name(DeviceErrorCode code);
// Dutch B1 msgid (N_-marked) for the participant, e.g. "Meet opnieuw."; the UI translates it.
const char* error_message(DeviceErrorCode code);

// Raw bytes for a person to read: "45 31 36" (device log, `groepsconsult devices log`).
std::string hex_bytes(const Bytes& bytes);

using DecodeResult = std::variant<Reading, DeviceError>;

inline const Reading* as_reading(const DecodeResult& r) { return std::get_if<Reading>(&r); }
inline const DeviceError* as_error(const DecodeResult& r) { return std::get_if<DeviceError>(&r); }

MeasureValue make_value(Measure m, double value);  // fills the canonical unit

}  // namespace gc::devices
