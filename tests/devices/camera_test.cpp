// The webcam's device side without a camera: YUYV/UYVY/GREY buffers to grey, the choice of
// capture format, and the clear errors when the configured node is missing or no camera.
#include "devices/camera/grey_frame.hpp"
#include "devices/camera/v4l2_camera.hpp"

#include <catch2/catch.hpp>
#include <linux/videodev2.h>

#include <filesystem>
#include <fstream>

using namespace gc::devices;

TEST_CASE("camera: YUYV keeps the luma of every pixel and skips row padding") {
    // 3x2 pixels, rows padded to 8 bytes (bytesperline > 2 * width, as some drivers do).
    const std::vector<std::uint8_t> yuyv = {10, 128, 20, 129, 30, 130, 0xEE, 0xEE,  //
                                            40, 128, 50, 129, 60, 130, 0xEE, 0xEE};
    GreyFrame frame;
    REQUIRE(to_grey(yuyv.data(), yuyv.size(), 3, 2, 8, PixelLayout::Yuyv, frame));
    CHECK(frame.width == 3);
    CHECK(frame.height == 2);
    CHECK(frame.pixels == std::vector<std::uint8_t>{10, 20, 30, 40, 50, 60});
}

TEST_CASE("camera: UYVY takes the odd bytes, GREY is copied row by row") {
    const std::vector<std::uint8_t> uyvy = {128, 11, 129, 22, 128, 33, 129, 44};
    GreyFrame frame;
    REQUIRE(to_grey(uyvy.data(), uyvy.size(), 2, 2, 4, PixelLayout::Uyvy, frame));
    CHECK(frame.pixels == std::vector<std::uint8_t>{11, 22, 33, 44});

    const std::vector<std::uint8_t> grey = {1, 2, 9, 3, 4, 9};  // stride 3, width 2
    REQUIRE(to_grey(grey.data(), grey.size(), 2, 2, 3, PixelLayout::Grey, frame));
    CHECK(frame.pixels == std::vector<std::uint8_t>{1, 2, 3, 4});
}

TEST_CASE("camera: a truncated or impossible buffer is refused, the last frame stays") {
    GreyFrame frame;
    frame.pixels = {7};
    const std::vector<std::uint8_t> short_buffer(2 * 4 * 3 - 1, 100);  // one byte short of 4x3 YUYV
    CHECK_FALSE(to_grey(short_buffer.data(), short_buffer.size(), 4, 3, 8, PixelLayout::Yuyv, frame));
    CHECK_FALSE(to_grey(short_buffer.data(), short_buffer.size(), 4, 3, 6, PixelLayout::Yuyv, frame));  // stride < row
    CHECK_FALSE(to_grey(short_buffer.data(), short_buffer.size(), 0, 3, 8, PixelLayout::Yuyv, frame));
    CHECK_FALSE(to_grey(nullptr, 100, 4, 3, 8, PixelLayout::Yuyv, frame));
    CHECK(frame.pixels == std::vector<std::uint8_t>{7});
}

TEST_CASE("camera: GREY before YUYV before UYVY, MJPG alone is reported as such") {
    CHECK(choose_format({V4L2_PIX_FMT_MJPEG, V4L2_PIX_FMT_YUYV, V4L2_PIX_FMT_GREY}).fourcc == V4L2_PIX_FMT_GREY);
    const FormatChoice yuyv = choose_format({V4L2_PIX_FMT_MJPEG, V4L2_PIX_FMT_UYVY, V4L2_PIX_FMT_YUYV});
    CHECK(yuyv.error == CameraError::None);
    CHECK(yuyv.fourcc == V4L2_PIX_FMT_YUYV);
    CHECK(yuyv.layout == PixelLayout::Yuyv);
    CHECK(choose_format({V4L2_PIX_FMT_UYVY}).layout == PixelLayout::Uyvy);
    CHECK(choose_format({V4L2_PIX_FMT_MJPEG}).error == CameraError::OnlyJpeg);
    CHECK(choose_format({V4L2_PIX_FMT_H264}).error == CameraError::UnsupportedFormat);
    CHECK(choose_format({}).error == CameraError::UnsupportedFormat);
    CHECK(std::string(camera_error_message(CameraError::OnlyJpeg)).find("JPEG") != std::string::npos);
}

TEST_CASE("camera: a missing node gives no_device with a message for the host, nothing stays open") {
    V4l2Camera camera("/dev/video-groepsconsult-missing");
    int frames = 0;
    CHECK(camera.start([&](const GreyFrame&) { ++frames; }) == CameraError::NoDevice);
    CHECK_FALSE(camera.running());
    CHECK(camera.detail().find("/dev/video-groepsconsult-missing") != std::string::npos);
    CHECK(camera_error_name(CameraError::NoDevice) == "no_device");
    CHECK(std::string(camera_error_message(CameraError::NoDevice)) == "Geen webcam gevonden. Sluit een webcam aan.");
    camera.stop();  // harmless when nothing runs
    CHECK(frames == 0);
}

TEST_CASE("camera: a node that is not a V4L2 capture device is refused as not_a_camera") {
    V4l2Camera null_device("/dev/null");
    CHECK(null_device.start([](const GreyFrame&) {}) == CameraError::NotACamera);
    CHECK_FALSE(null_device.running());
    CHECK(null_device.detail().find("VIDIOC_QUERYCAP") != std::string::npos);
}

TEST_CASE("camera: no capture device in the folder means none is found") {
    const auto dir = std::filesystem::temp_directory_path() / "gc-camera-test-dev";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "video0") << "not a device";  // a file named like a node
    std::ofstream(dir / "videox") << "";
    CHECK(find_capture_device(dir.string()).empty());
    CHECK(find_capture_device((dir / "absent").string()).empty());
    std::filesystem::remove_all(dir);
}
