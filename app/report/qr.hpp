#pragma once
// QR codes for the card and the sheet: encode with ZXing, draw as vector rectangles into Cairo,
// and decode from a grey image (tests, and webcam frames in host mode).
#include <cairo.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc::report {

// Error correction M (~15% of the symbol may be damaged): a card gets creased and scuffed in a
// wallet; H would make the symbol denser for the short payloads we print. ZXing 1.4 maps its
// 0..8 scale to L/M/Q/H as 0-2 L, 3-4 M, 5-6 Q, 7-8 H.
inline constexpr int kQrZxingEccLevel = 4;
// The quiet zone the QR standard asks for, in modules, on every side.
inline constexpr int kQrQuietZoneModules = 4;

struct QrError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

// The symbol without quiet zone; dark(x, y) is true for a dark module.
class QrMatrix {
public:
    QrMatrix(int size, std::vector<bool> dark) : m_size(size), m_dark(std::move(dark)) {}
    int size() const { return m_size; }
    bool dark(int x, int y) const {
        return m_dark[static_cast<std::size_t>(y) * static_cast<std::size_t>(m_size) +
                      static_cast<std::size_t>(x)];
    }

private:
    int m_size;
    std::vector<bool> m_dark;
};

// Encodes UTF-8 text (byte mode, UTF-8 declared). Throws QrError when the text does not fit.
QrMatrix encode_qr(std::string_view utf8_payload);

// Draws the symbol plus its quiet zone (white) into the square (x, y, side). Each horizontal
// run of dark modules becomes one rectangle and all are filled at once: no hairline seams
// between modules in PDF viewers.
void draw_qr(cairo_t* cr, const QrMatrix& qr, double x, double y, double side);

// Decodes the first QR code found in an 8-bit grey image (stride in bytes). The text is UTF-8;
// nullopt when there is no readable QR code.
std::optional<std::string> decode_qr(const std::uint8_t* luma, int width, int height, int stride);

}  // namespace gc::report
