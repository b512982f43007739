#include "devices/reading.hpp"

#include "core/translatable.hpp"

namespace gc::devices {

std::string_view error_code_name(DeviceErrorCode code) {
    switch (code) {
        case DeviceErrorCode::ChecksumMismatch: return "checksum_mismatch";
        case DeviceErrorCode::Garbled: return "garbled";
        case DeviceErrorCode::Truncated: return "truncated";
        case DeviceErrorCode::Timeout: return "timeout";
        case DeviceErrorCode::Busy: return "busy";
        case DeviceErrorCode::SteppedOff: return "stepped_off";
        case DeviceErrorCode::SteppedOnEarly: return "stepped_on_early";
        case DeviceErrorCode::DeviceReported: return "device_error";
        case DeviceErrorCode::CommandRejected: return "command_rejected";
        case DeviceErrorCode::ControlSolution: return "control_solution";
        case DeviceErrorCode::OutOfRange: return "out_of_range";
        case DeviceErrorCode::Implausible: return "implausible";
        case DeviceErrorCode::UnsupportedUnit: return "unsupported_unit";
        case DeviceErrorCode::Duplicate: return "duplicate";
        case DeviceErrorCode::Disconnected: return "disconnected";
    }
    return "unknown";
}

const char* error_message(DeviceErrorCode code) {
    switch (code) {
        case DeviceErrorCode::SteppedOff: return N_("U stapte te vroeg van de weegschaal. Meet opnieuw.");
        case DeviceErrorCode::SteppedOnEarly: return N_("Wacht tot de weegschaal klaar is. Meet opnieuw.");
        case DeviceErrorCode::ControlSolution: return N_("Dit was een controlemeting. Meet opnieuw met bloed.");
        case DeviceErrorCode::Busy: return N_("Druk op de startknop van het apparaat.");
        case DeviceErrorCode::Disconnected: return N_("Het apparaat is niet verbonden.");
        case DeviceErrorCode::Duplicate: return N_("Deze meting is al ontvangen.");
        default: return N_("Meet opnieuw.");
    }
}

MeasureValue make_value(Measure m, double value) {
    return MeasureValue{m, value, std::string(measure_unit(m))};
}

std::string hex_bytes(const Bytes& bytes) {
    static const char digits[] = "0123456789abcdef";
    std::string out;
    out.reserve(bytes.size() * 3);
    for (std::uint8_t b : bytes) {
        if (!out.empty()) out += ' ';
        out += digits[b >> 4];
        out += digits[b & 0xf];
    }
    return out;
}

}  // namespace gc::devices
