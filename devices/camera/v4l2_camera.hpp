#pragma once
// The webcam of host mode's scan tab, through V4L2 (Linux video capture): opens /dev/videoN,
// asks for a format whose luma the card decoder can use (GREY, YUYV or UYVY; no JPEG decoder
// here), maps the driver's streaming buffers and dequeues frames on its own thread, each one
// converted to 8-bit grey (to_grey) and handed to a callback on that thread. Decoding the card
// is not done here (app/report/card_frame).
//
// Errors are stable codes (for the log) with a Dutch msgid (for the host, translated by the UI).
#include "devices/camera/grey_frame.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

namespace gc::devices {

enum class CameraError {
    None,
    NoDevice,           // no such node, or no capture device at all
    NoAccess,           // the kiosk user may not open it (group video)
    NotACamera,         // the node does not capture video (a metadata node, not V4L2)
    Busy,               // another program streams from it
    OnlyJpeg,           // the camera offers MJPG/JPEG only
    UnsupportedFormat,  // no format with a luma plane
    StreamFailed,       // buffers or STREAMON refused
    Lost,               // unplugged (or failed) while streaming
};

std::string_view camera_error_name(CameraError e);  // "no_device", ...
const char* camera_error_message(CameraError e);     // Dutch msgid; nullptr for None

// V4L2 four-character codes in the camera's order of preference; the first the kiosk can use
// (GREY, then YUYV, then UYVY). OnlyJpeg when just MJPG/JPEG is offered.
struct FormatChoice {
    CameraError error = CameraError::None;
    std::uint32_t fourcc = 0;
    PixelLayout layout = PixelLayout::Grey;
};
FormatChoice choose_format(const std::vector<std::uint32_t>& offered);

// The first /dev/videoN (in `dir`, lowest N) that is a video capture device; "" if none.
std::string find_capture_device(const std::string& dir = "/dev");

class V4l2Camera {
public:
    using OnFrame = std::function<void(const GreyFrame&)>;  // camera thread
    using OnError = std::function<void(CameraError)>;       // camera thread; streaming stopped

    // `path`: the node (kiosk.toml `webcam`); empty: the first capture device found at start().
    explicit V4l2Camera(std::string path) : m_path(std::move(path)) {}
    ~V4l2Camera() { stop(); }
    V4l2Camera(const V4l2Camera&) = delete;
    V4l2Camera& operator=(const V4l2Camera&) = delete;

    // Opens and starts streaming (nothing happens when it already runs; after a failure it
    // starts afresh). On an error nothing stays open; detail() says what the driver answered.
    CameraError start(OnFrame on_frame, OnError on_error = {});
    void stop();  // joins the thread, unmaps, closes; safe to call twice
    bool running() const { return m_fd >= 0; }
    const std::string& detail() const { return m_detail; }  // technical, for the log
    int width() const { return m_width; }
    int height() const { return m_height; }

private:
    struct Buffer {
        void* start = nullptr;
        std::size_t length = 0;
    };
    CameraError fail(CameraError e, const std::string& detail);
    CameraError open_device();
    CameraError negotiate();
    CameraError map_buffers();
    void release();
    void run();

    std::string m_path;
    std::string m_detail;
    int m_fd = -1;
    int m_width = 0, m_height = 0, m_stride = 0;
    PixelLayout m_layout = PixelLayout::Grey;
    std::vector<Buffer> m_buffers;
    bool m_streaming = false;
    OnFrame m_on_frame;
    OnError m_on_error;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_failed{false};  // the thread ended on an error; start() begins afresh
    std::thread m_thread;
};

}  // namespace gc::devices
