#pragma once
// A camera frame as the card decoder wants it: 8-bit grey (the luma plane), tightly packed.
// The V4L2 worker converts every captured buffer with to_grey(); pure, so it is tested
// without a camera.
#include <cstddef>
#include <cstdint>
#include <vector>

namespace gc::devices {

// The capture formats the kiosk takes (the luma is in the buffer; no JPEG decoder needed).
enum class PixelLayout {
    Grey,  // V4L2_PIX_FMT_GREY: one byte per pixel
    Yuyv,  // V4L2_PIX_FMT_YUYV: Y0 U Y1 V, luma at the even bytes
    Uyvy,  // V4L2_PIX_FMT_UYVY: U Y0 V Y1, luma at the odd bytes
};

struct GreyFrame {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> pixels;  // width * height, row after row
    std::uint64_t sequence = 0;        // counts frames since the camera started
};

// `stride`: bytes per row in `data` (V4L2's bytesperline). False (and `out` untouched) when the
// size is impossible or `size` bytes cannot hold the frame (a truncated buffer).
bool to_grey(const std::uint8_t* data, std::size_t size, int width, int height, int stride, PixelLayout layout,
             GreyFrame& out);

}  // namespace gc::devices
