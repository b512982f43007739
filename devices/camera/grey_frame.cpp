#include "devices/camera/grey_frame.hpp"

namespace gc::devices {

bool to_grey(const std::uint8_t* data, std::size_t size, int width, int height, int stride, PixelLayout layout,
             GreyFrame& out) {
    if (!data || width <= 0 || height <= 0 || stride <= 0) return false;
    const auto w = static_cast<std::size_t>(width), h = static_cast<std::size_t>(height);
    const auto row_bytes = static_cast<std::size_t>(stride);
    const std::size_t step = layout == PixelLayout::Grey ? 1 : 2;
    const std::size_t first = layout == PixelLayout::Uyvy ? 1 : 0;
    if (row_bytes < w * step) return false;
    if (size < (h - 1) * row_bytes + w * step) return false;
    out.width = width;
    out.height = height;
    out.pixels.resize(w * h);
    for (std::size_t y = 0; y < h; ++y) {
        const std::uint8_t* row = data + y * row_bytes + first;
        std::uint8_t* dst = out.pixels.data() + y * w;
        for (std::size_t x = 0; x < w; ++x) dst[x] = row[x * step];
    }
    return true;
}

}  // namespace gc::devices
