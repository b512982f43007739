#pragma once
// Tanita body-composition analysers, "comma key/value frame" family (SC-240/330, DC-320/360,
// MC-780/980, BC-420, WB-3000/8000): reference devices.md §1.1.
//
// Push mode: after a measurement the device sends one ASCII line
//   {0,16,~0,1,~1,1,~2,1,MO,"SC-330",SN,"00000001",...,Wk,89.2,FW,18.8,...,CS,D9<CR><LF>
// a flat list of key,value pairs ending in CS = sum of the bytes from '{' up to and including
// the comma before "CS", mod 256, as 2 upper-case hex digits [verified on 3 real frames].
// PC mode: the kiosk sends D1 (sex), D2 (body type), D3 (height), D4 (age), G1 (start), each
// CR LF; the device echoes the 2-character key ("D1"), "D3!" on a bad value, "E16" etc. on a
// measurement error (E16 stepped off too early, E17 stepped on too early).
#include "core/person.hpp"
#include "devices/driver.hpp"
#include "devices/protocol/line_framer.hpp"

#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace gc::devices {

// ---- framer -------------------------------------------------------------------------------
// Lines ending in CR LF; inside a line everything before the last "{0," is garbage from a
// previous truncated frame or an "irrelevant signal" (WB series) and is dropped.
class TanitaFramer {
public:
    std::vector<Bytes> push(const std::uint8_t* data, std::size_t size);
    Bytes take_partial() { return m_lines.take_partial(); }
    std::size_t discarded() const { return m_lines.discarded(); }

private:
    LineFramer m_lines;
};

// ---- decoder ------------------------------------------------------------------------------
// A PC-mode acknowledgement ("D1", "G1", or the D? settings echo): not a reading.
struct TanitaReply {
    std::string text;
};
using TanitaMessage = std::variant<Reading, DeviceError, TanitaReply>;

struct TanitaChecksum {
    bool present = false;
    bool valid = false;
    unsigned sent = 0, computed = 0;
};
TanitaChecksum tanita_checksum(const Bytes& frame);

// One line from the framer. Lines that are neither a frame nor a known reply return nullopt
// (noise; the caller counts it).
std::optional<TanitaMessage> decode_tanita_line(const Bytes& line, const DriverOptions& options = {});

// ---- encoder ------------------------------------------------------------------------------
using TanitaPairs = std::vector<std::pair<std::string, std::string>>;  // value as on the wire
// key,value,... + "CS,XX\r\n" with the checksum computed (never hard-coded).
Bytes encode_tanita_frame(const TanitaPairs& pairs);

// What a simulated SC-330 measures.
struct TanitaMeasurement {
    std::string model = "SC-330";
    std::string serial = "00000001";
    Sex sex = Sex::Male;
    int age = 40;
    double height_cm = 175.0;
    double weight_kg = 80.0;
    double body_fat_percent = 22.0;
    double fat_mass_kg = 17.6;
    double muscle_mass_kg = 59.0;
    int visceral_fat = 8;
    DeviceTime time{2026, 1, 1, 9, 0, 0};
};
TanitaPairs tanita_sc330_pairs(const TanitaMeasurement& m);  // BMI computed from weight/height

enum class TanitaHeightFormat { Decimal /* MC-980: D3175.4 */, Integer5 /* BC-418: D300175 */ };
Bytes tanita_command_sex(Sex sex);
Bytes tanita_command_body_type(int body_type);
Bytes tanita_command_height(double cm, TanitaHeightFormat format = TanitaHeightFormat::Decimal);
Bytes tanita_command_age(int years);
Bytes tanita_command_start();  // G1

// ---- driver -------------------------------------------------------------------------------
class TanitaDriver final : public Driver {
public:
    explicit TanitaDriver(DriverOptions options = {}) : m_options(std::move(options)) {}
    std::string_view name() const override { return "tanita"; }
    using Driver::feed;
    std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) override;
    std::vector<DecodeResult> flush() override;
    std::size_t discarded_bytes() const override { return m_framer.discarded() + m_noise; }
    // PC-mode acknowledgements seen since the last call (the session waits on these).
    std::vector<std::string> take_replies();

private:
    DriverOptions m_options;
    TanitaFramer m_framer;
    std::vector<std::string> m_replies;
    std::size_t m_noise = 0;
};

}  // namespace gc::devices
