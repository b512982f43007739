#pragma once
// Host mode's webcam: the V4L2 camera's grey frames, a small preview a few times a second for
// the scan tab, and every few frames a ZXing decode (on the camera thread, never the UI's).
// A card code found goes to `on_code`, like a USB scanner's; `wake` redraws the UI (an SDL user
// event). The same code again within a few seconds is the same card still in view: ignored.
#include "devices/camera/v4l2_camera.hpp"
#include "ui/host/webcam.hpp"

#include <atomic>
#include <chrono>
#include <functional>
#include <mutex>
#include <string>

namespace gc::kiosk {

class WebcamScanner final : public ui::Webcam {
public:
    using OnCode = std::function<void(const std::string& canonical_code)>;
    static constexpr int kDecodeEvery = 3;         // frames; ~10 decodes a second at 30 fps
    static constexpr int kPreviewMaxWidth = 320;  // pixels

    WebcamScanner(std::string device, OnCode on_code, std::function<void()> wake);
    ~WebcamScanner() override { stop(); }

    const char* start() override;
    void stop() override;
    bool running() const override { return m_camera.running(); }
    std::optional<ui::WebcamPreview> take_preview() override;
    const char* take_failure() override;

    // What the camera thread does with each frame; tests feed frames here as the camera would.
    void on_frame(const devices::GreyFrame& frame);

private:
    using Clock = std::chrono::steady_clock;
    devices::V4l2Camera m_camera;
    OnCode m_on_code;
    std::function<void()> m_wake;
    std::mutex m_mutex;
    std::optional<ui::WebcamPreview> m_preview;
    Clock::time_point m_last_preview{};
    std::string m_last_code;
    Clock::time_point m_last_code_at{};
    std::atomic<devices::CameraError> m_failure{devices::CameraError::None};
};

// A frame shrunk (nearest pixel) to at most `max_width` wide, for the preview.
ui::WebcamPreview shrink_for_preview(const devices::GreyFrame& frame, int max_width);

}  // namespace gc::kiosk
