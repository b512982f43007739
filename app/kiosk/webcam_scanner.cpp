#include "kiosk/webcam_scanner.hpp"

#include "report/card_frame.hpp"

#include <spdlog/spdlog.h>

namespace gc::kiosk {
namespace {

constexpr auto kPreviewInterval = std::chrono::milliseconds(100);  // at most ~10 previews a second
constexpr auto kSameCard = std::chrono::seconds(3);

}  // namespace

ui::WebcamPreview shrink_for_preview(const devices::GreyFrame& frame, int max_width) {
    ui::WebcamPreview preview;
    const int step = frame.width > max_width ? (frame.width + max_width - 1) / max_width : 1;
    preview.width = frame.width / step;
    preview.height = frame.height / step;
    preview.grey.resize(static_cast<std::size_t>(preview.width) * static_cast<std::size_t>(preview.height));
    for (int y = 0; y < preview.height; ++y) {
        const auto* row = frame.pixels.data() + static_cast<std::size_t>(y * step) * static_cast<std::size_t>(frame.width);
        auto* out = preview.grey.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(preview.width);
        for (int x = 0; x < preview.width; ++x) out[x] = row[static_cast<std::size_t>(x * step)];
    }
    return preview;
}

WebcamScanner::WebcamScanner(std::string device, OnCode on_code, std::function<void()> wake)
    : m_camera(std::move(device)), m_on_code(std::move(on_code)), m_wake(std::move(wake)) {}

const char* WebcamScanner::start() {
    m_failure = devices::CameraError::None;
    const devices::CameraError e = m_camera.start([this](const devices::GreyFrame& f) { on_frame(f); },
                                                  [this](devices::CameraError lost) {
                                                      m_failure = lost;
                                                      if (m_wake) m_wake();
                                                  });
    if (e != devices::CameraError::None) {
        spdlog::warn("webcam: {} ({})", devices::camera_error_name(e), m_camera.detail());
        return devices::camera_error_message(e);
    }
    spdlog::info("webcam started: {}x{}", m_camera.width(), m_camera.height());
    return nullptr;
}

void WebcamScanner::stop() {
    if (!m_camera.running()) return;
    m_camera.stop();
    std::lock_guard<std::mutex> lock(m_mutex);
    m_preview.reset();
    m_last_code.clear();
    spdlog::info("webcam stopped");
}

std::optional<ui::WebcamPreview> WebcamScanner::take_preview() {
    std::lock_guard<std::mutex> lock(m_mutex);
    auto preview = std::move(m_preview);
    m_preview.reset();
    return preview;
}

const char* WebcamScanner::take_failure() {
    const devices::CameraError e = m_failure.exchange(devices::CameraError::None);
    if (e == devices::CameraError::None) return nullptr;
    spdlog::warn("webcam: {} ({})", devices::camera_error_name(e), m_camera.detail());
    return devices::camera_error_message(e);
}

void WebcamScanner::on_frame(const devices::GreyFrame& frame) {
    const auto now = Clock::now();
    bool wake = false;
    std::optional<std::string> code;
    if (frame.sequence % kDecodeEvery == 0) {
        code = report::decode_card_frame(frame.pixels.data(), frame.width, frame.height, frame.width,
                                         report::FrameFormat::Grey8);
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_last_preview == Clock::time_point{} || now - m_last_preview >= kPreviewInterval) {
            m_preview = shrink_for_preview(frame, kPreviewMaxWidth);
            m_last_preview = now;
            wake = true;
        }
        if (code) {
            const bool same_card = *code == m_last_code && now - m_last_code_at < kSameCard;
            m_last_code = *code;
            m_last_code_at = now;  // still in view: the window starts again
            if (same_card) code.reset();
        }
    }
    if (code && m_on_code) m_on_code(*code);  // never logged: a card code identifies someone
    if ((wake || code) && m_wake) m_wake();
}

}  // namespace gc::kiosk
