#pragma once
// QR/barcode scanner in USB CDC-ACM mode (/dev/ttyACM*), suffix CR (or CR LF): reference
// devices.md §5. One scanned code per line; an optional AIM symbology prefix ("]Q1") is
// stripped. Only valid card codes (core/card_code.hpp) become readings: the card carries a
// random code, so anything else is a stray barcode.
#include "devices/driver.hpp"
#include "devices/protocol/line_framer.hpp"

namespace gc::devices {

DecodeResult decode_scanner_line(const Bytes& line);
Bytes encode_scanner_line(std::string_view code);  // code + CR

class ScannerDriver final : public Driver {
public:
    explicit ScannerDriver(DriverOptions options = {}) : m_options(std::move(options)), m_lines(256) {}
    std::string_view name() const override { return "scanner"; }
    using Driver::feed;
    std::vector<DecodeResult> feed(const std::uint8_t* data, std::size_t size) override;
    std::vector<DecodeResult> flush() override;
    std::size_t discarded_bytes() const override { return m_lines.discarded(); }

private:
    DriverOptions m_options;
    LineFramer m_lines;
};

}  // namespace gc::devices
