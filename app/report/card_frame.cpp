#include "report/card_frame.hpp"

#include "core/card_code.hpp"
#include "report/deferred_report.hpp"
#include "report/qr.hpp"

#include <vector>

namespace gc::report::deferred {

std::optional<std::string> decode_card_frame(const std::uint8_t* pixels, int width, int height, int stride,
                                             FrameFormat format) {
    if (!pixels || width <= 0 || height <= 0) return std::nullopt;
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    const auto row_bytes = static_cast<std::size_t>(stride);
    std::optional<std::string> text;
    if (format == FrameFormat::Grey8) {
        if (row_bytes < w) return std::nullopt;
        text = decode_qr(pixels, width, height, stride);
    } else {
        const std::size_t bytes_per_pixel = format == FrameFormat::Rgb24 ? 3 : format == FrameFormat::Bgrx32 ? 4 : 2;
        if (row_bytes < w * bytes_per_pixel) return std::nullopt;
        std::vector<std::uint8_t> luma(w * h);
        for (std::size_t y = 0; y < h; ++y) {
            const std::uint8_t* row = pixels + y * row_bytes;
            for (std::size_t x = 0; x < w; ++x) {
                const std::uint8_t* p = row + x * bytes_per_pixel;
                unsigned value = 0;
                switch (format) {
                case FrameFormat::Rgb24: value = (299u * p[0] + 587u * p[1] + 114u * p[2]) / 1000u; break;
                case FrameFormat::Bgrx32: value = (299u * p[2] + 587u * p[1] + 114u * p[0]) / 1000u; break;
                case FrameFormat::Yuyv: value = p[0]; break;  // Y0 U Y1 V: every pixel's Y at its even byte
                case FrameFormat::Grey8: break;
                }
                luma[y * w + x] = static_cast<std::uint8_t>(value);
            }
        }
        text = decode_qr(luma.data(), width, height, width);
    }
    if (!text) return std::nullopt;
    return normalise_card_code(*text);
}

}  // namespace gc::report::deferred
