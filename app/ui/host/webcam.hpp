#pragma once
// The webcam as host mode's scan tab sees it. The kiosk implements it over the V4L2 camera
// (devices/camera) and decodes cards on the camera thread (report/card_frame); codes it finds
// reach the tab the way a USB scanner's do. No ImGui here: the implementation is tested alone.
#include <cstdint>
#include <optional>
#include <vector>

namespace gc::ui {

struct WebcamPreview {
    int width = 0;
    int height = 0;
    std::vector<std::uint8_t> grey;  // width * height
};

class Webcam {
public:
    virtual ~Webcam() = default;
    virtual const char* start() = 0;  // nullptr: running; otherwise a Dutch msgid saying why not
    virtual void stop() = 0;          // idempotent
    virtual bool running() const = 0;
    // The newest small preview since the last call (a few per second), or nullopt.
    virtual std::optional<WebcamPreview> take_preview() = 0;
    // The camera failed while running (unplugged): its msgid, once; then stop() it.
    virtual const char* take_failure() = 0;
};

}  // namespace gc::ui
