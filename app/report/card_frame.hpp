#pragma once
// The webcam path of host mode: one camera frame (as V4L2 or a test hands it over) decoded with
// ZXing to a participant's card code. Anything that is not a valid card code (another QR, a
// damaged symbol) gives nullopt.
#include <cstdint>
#include <optional>
#include <string>

namespace gc::report {

enum class FrameFormat {
    Grey8,   // one byte per pixel
    Rgb24,   // R, G, B
    Bgrx32,  // B, G, R, X (Cairo's ARGB32 on little-endian; many capture libraries)
    Yuyv,    // YUYV 4:2:2, the usual webcam format: Y is every other byte
};

// `stride` in bytes per row. Returns the canonical card code (core/card_code.hpp).
std::optional<std::string> decode_card_frame(const std::uint8_t* pixels, int width, int height, int stride,
                                             FrameFormat format);

}  // namespace gc::report
