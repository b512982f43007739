#include "devices/scanner/scanner.hpp"

#include "core/card_code.hpp"
#include "devices/protocol/text.hpp"

namespace gc::devices {

DecodeResult decode_scanner_line(const Bytes& line) {
    const DeviceIdentity device{"scanner", "", "", ""};
    std::string text = to_text(line);
    if (text.size() > 3 && text[0] == ']') text.erase(0, 3);  // AIM symbology identifier
    auto code = normalise_card_code(text);
    if (!code) return DeviceError{DeviceErrorCode::Garbled, "scanned code is not a card code", line, device};
    Reading r;
    r.device = device;
    r.card_code = *code;
    r.raw = line;
    return r;
}

Bytes encode_scanner_line(std::string_view code) {
    Bytes b = to_bytes(code);
    b.push_back('\r');
    return b;
}

std::vector<DecodeResult> ScannerDriver::feed(const std::uint8_t* data, std::size_t size) {
    std::vector<DecodeResult> out;
    for (const auto& line : m_lines.push(data, size)) out.push_back(decode_scanner_line(line));
    return out;
}

std::vector<DecodeResult> ScannerDriver::flush() {
    std::vector<DecodeResult> out;
    Bytes partial = m_lines.take_partial();
    if (!partial.empty())
        out.emplace_back(DeviceError{DeviceErrorCode::Truncated, "code without CR suffix", partial, {"scanner", "", "", ""}});
    return out;
}

}  // namespace gc::devices
