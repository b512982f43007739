// bench_webcam: what a 640x480 YUYV webcam frame costs on the camera thread: the conversion to
// grey (every frame) and the ZXing decode (every WebcamScanner::kDecodeEvery-th frame), with a
// card in view and without. Prints "name=value unit" lines (medians); never fails on speed.
#include "devices/camera/grey_frame.hpp"
#include "kiosk/webcam_scanner.hpp"
#include "report/card.hpp"

#include "../report/pdf_tools.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <vector>

using BenchClock = std::chrono::steady_clock;

namespace {

double median_ms(int runs, const std::function<void()>& work) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = BenchClock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(BenchClock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

// The card (rendered by the project, rasterised at 100 dpi) in the middle of a YUYV frame.
std::vector<std::uint8_t> yuyv_frame_with_card(int width, int height) {
    const auto pdf = gc::test::output_dir("webcam") / "bench-card.pdf";
    gc::test::write_file(pdf, gc::report::render_card_pdf("7K3QX0PM4"));
    const gc::test::GreyImage card = gc::test::render_page_grey(pdf, 100);
    std::vector<std::uint8_t> yuyv(static_cast<std::size_t>(width * height * 2), 128);
    for (std::size_t i = 0; i < yuyv.size(); i += 2) yuyv[i] = 60;
    const int left = (width - card.width) / 2, top = (height - card.height) / 2;
    for (int y = 0; y < card.height && top + y < height; ++y) {
        for (int x = 0; x < card.width && left + x < width; ++x) {
            yuyv[static_cast<std::size_t>(((top + y) * width + left + x) * 2)] =
                card.pixels[static_cast<std::size_t>(y * card.width + x)];
        }
    }
    return yuyv;
}

}  // namespace

int main() {
    const int w = 640, h = 480;
    const auto yuyv = yuyv_frame_with_card(w, h);
    gc::devices::GreyFrame grey;
    const double convert = median_ms(101, [&] {
        gc::devices::to_grey(yuyv.data(), yuyv.size(), w, h, 2 * w, gc::devices::PixelLayout::Yuyv, grey);
    });
    int found = 0;
    gc::kiosk::WebcamScanner scanner("", [&](const std::string&) { ++found; }, {});
    std::uint64_t sequence = 0;
    const double decode_card = median_ms(31, [&] {
        grey.sequence = sequence;
        sequence += gc::kiosk::WebcamScanner::kDecodeEvery;
        scanner.on_frame(grey);
    });
    gc::devices::GreyFrame blank = grey;
    std::fill(blank.pixels.begin(), blank.pixels.end(), std::uint8_t{90});
    const double decode_blank = median_ms(31, [&] { scanner.on_frame(blank); });
    std::printf("webcam_yuyv_to_grey_640x480_ms=%.3f ms\n", convert);
    std::printf("webcam_frame_with_card_decode_ms=%.2f ms\n", decode_card);
    std::printf("webcam_frame_without_card_decode_ms=%.2f ms\n", decode_blank);
    std::printf("webcam_cards_found=%d\n", found);
    return found > 0 ? 0 : 1;  // the bench frame must hold a readable card
}
