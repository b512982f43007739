#include "report/qr.hpp"

#include "report/layout.hpp"

#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>

namespace gc::report {

QrMatrix encode_qr(std::string_view utf8_payload) {
    if (utf8_payload.empty()) throw QrError("QR payload is empty");
    ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
    // UTF-8 must be declared, or ZXing 1.4 throws on anything outside Latin-1.
    writer.setMargin(0).setEccLevel(kQrZxingEccLevel).setEncoding(ZXing::CharacterSet::UTF8);
    ZXing::BitMatrix bits;
    try {
        bits = writer.encode(std::string(utf8_payload), 0, 0);  // 0, 0: one cell per module
    } catch (const std::exception& e) {
        throw QrError(std::string("QR encoding failed: ") + e.what());
    }
    const int size = bits.width();
    std::vector<bool> dark(static_cast<std::size_t>(size) * static_cast<std::size_t>(size));
    for (int y = 0; y < size; ++y)
        for (int x = 0; x < size; ++x)
            dark[static_cast<std::size_t>(y * size + x)] = bits.get(x, y);
    return QrMatrix(size, std::move(dark));
}

void draw_qr(cairo_t* cr, const QrMatrix& qr, double x, double y, double side) {
    const int modules = qr.size() + 2 * kQrQuietZoneModules;
    const double cell = side / modules;
    cairo_save(cr);
    cairo_new_path(cr);
    cairo_set_source_rgb(cr, layout::kWhite.r, layout::kWhite.g, layout::kWhite.b);
    cairo_rectangle(cr, x, y, side, side);
    cairo_fill(cr);

    const double origin_x = x + kQrQuietZoneModules * cell;
    const double origin_y = y + kQrQuietZoneModules * cell;
    for (int row = 0; row < qr.size(); ++row) {
        int col = 0;
        while (col < qr.size()) {
            if (!qr.dark(col, row)) {
                ++col;
                continue;
            }
            const int run_start = col;
            while (col < qr.size() && qr.dark(col, row)) ++col;
            cairo_rectangle(cr, origin_x + run_start * cell, origin_y + row * cell,
                            (col - run_start) * cell, cell);
        }
    }
    cairo_set_source_rgb(cr, layout::kInk.r, layout::kInk.g, layout::kInk.b);
    cairo_fill(cr);
    cairo_restore(cr);
}

std::optional<std::string> decode_qr(const std::uint8_t* luma, int width, int height, int stride) {
    if (luma == nullptr || width <= 0 || height <= 0 || stride < width) return std::nullopt;
    const ZXing::ImageView image(luma, width, height, ZXing::ImageFormat::Lum, stride);
    const auto hints = ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode).setTryHarder(true);
    const ZXing::Result result = ZXing::ReadBarcode(image, hints);
    if (!result.isValid()) return std::nullopt;
    return result.text();
}

}  // namespace gc::report
