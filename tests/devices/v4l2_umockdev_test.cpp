// The real V4L2 code (open, VIDIOC_QUERYCAP, ENUM_FMT, S_FMT, REQBUFS) against /dev/video nodes
// that umockdev emulates with a programmatic ioctl handler. What umockdev cannot do: the
// emulated node is a socket, so the driver's streaming buffers cannot be mmap()ed; frames are
// tested without it (camera_test.cpp, tests/kiosk/webcam_scanner_test.cpp).
// Run under LD_PRELOAD=libumockdev-preload.so (umockdev/run_preload.sh).
#include "devices/camera/v4l2_camera.hpp"

#include <catch2/catch.hpp>
#include <linux/videodev2.h>
#include <umockdev.h>

#include <cerrno>
#include <cstring>
#include <vector>

using namespace gc::devices;

namespace {

// A webcam as far as its ioctls go: capabilities, a list of formats, and what REQBUFS answers.
class FakeCamera {
public:
    FakeCamera(bool capture, std::vector<std::uint32_t> formats, int reqbufs_errno = 0)
        : m_capture(capture), m_formats(std::move(formats)), m_reqbufs_errno(reqbufs_errno) {
        m_handler = umockdev_ioctl_base_new();
        g_signal_connect(m_handler, "handle-ioctl", G_CALLBACK(&FakeCamera::on_ioctl), this);
    }
    ~FakeCamera() { g_object_unref(m_handler); }
    FakeCamera(const FakeCamera&) = delete;
    FakeCamera& operator=(const FakeCamera&) = delete;
    UMockdevIoctlBase* handler() const { return m_handler; }
    int stream_ons = 0;

private:
    static gboolean on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
        return static_cast<FakeCamera*>(self)->handle(client);
    }
    template <typename T>
    T* arg(UMockdevIoctlClient* client, UMockdevIoctlData*& data) {
        GError* error = nullptr;
        data = umockdev_ioctl_data_resolve(umockdev_ioctl_client_get_arg(client), 0, sizeof(T), &error);
        return data ? reinterpret_cast<T*>(data->data) : nullptr;
    }
    gboolean handle(UMockdevIoctlClient* client) {
        const gulong request = umockdev_ioctl_client_get_request(client);
        UMockdevIoctlData* data = nullptr;
        int result = 0, err = 0;
        if (request == VIDIOC_QUERYCAP) {
            auto* cap = arg<v4l2_capability>(client, data);
            std::memset(cap, 0, sizeof *cap);
            std::strcpy(reinterpret_cast<char*>(cap->driver), "uvcvideo");
            const std::uint32_t caps = m_capture ? V4L2_CAP_VIDEO_CAPTURE | V4L2_CAP_STREAMING : V4L2_CAP_META_CAPTURE;
            cap->device_caps = caps;
            cap->capabilities = caps | V4L2_CAP_DEVICE_CAPS;
        } else if (request == VIDIOC_ENUM_FMT) {
            auto* desc = arg<v4l2_fmtdesc>(client, data);
            if (desc->index < m_formats.size()) {
                desc->pixelformat = m_formats[desc->index];
            } else {
                result = -1, err = EINVAL;
            }
        } else if (request == VIDIOC_S_FMT) {
            auto* format = arg<v4l2_format>(client, data);
            format->fmt.pix.bytesperline = format->fmt.pix.width * 2;
            format->fmt.pix.sizeimage = format->fmt.pix.bytesperline * format->fmt.pix.height;
        } else if (request == VIDIOC_REQBUFS) {
            auto* req = arg<v4l2_requestbuffers>(client, data);
            if (m_reqbufs_errno && req->count > 0) result = -1, err = m_reqbufs_errno;
            else if (req->count > 0) req->count = 4;
        } else if (request == VIDIOC_QUERYBUF) {
            auto* buffer = arg<v4l2_buffer>(client, data);
            buffer->length = 640 * 480 * 2;
            buffer->m.offset = buffer->index * buffer->length;
        } else if (request == VIDIOC_STREAMON) {
            ++stream_ons;
        } else {
            result = -1, err = ENOTTY;
        }
        umockdev_ioctl_client_complete(client, result, err);
        if (data) g_object_unref(data);
        return TRUE;
    }

    UMockdevIoctlBase* m_handler = nullptr;
    bool m_capture;
    std::vector<std::uint32_t> m_formats;
    int m_reqbufs_errno;
};

struct Bed {
    UMockdevTestbed* tb = umockdev_testbed_new();
    ~Bed() { g_object_unref(tb); }
    void add(const char* name, FakeCamera& camera) {
        const std::string node = std::string("/dev/") + name;
        const std::string description = std::string("P: /devices/pci0000:00/0000:00:14.0/usb1/1-1/1-1:1.0/video4linux/") +
                                        name + "\nN: " + name + "\nE: DEVNAME=" + node +
                                        "\nE: SUBSYSTEM=video4linux\nA: dev=81:" + name[5] + "\nA: name=USB Camera\n";
        GError* add_error = nullptr;
        REQUIRE(umockdev_testbed_add_from_string(tb, description.c_str(), &add_error));
        GError* error = nullptr;
        REQUIRE(umockdev_testbed_attach_ioctl(tb, node.c_str(), camera.handler(), &error));
    }
};

}  // namespace

TEST_CASE("v4l2 under umockdev: a camera that offers only MJPG is refused as only_jpeg") {
    Bed bed;
    FakeCamera camera(true, {V4L2_PIX_FMT_MJPEG});
    bed.add("video0", camera);
    V4l2Camera v4l2("/dev/video0");
    const CameraError e = v4l2.start([](const GreyFrame&) {});
    INFO(v4l2.detail());
    CHECK(e == CameraError::OnlyJpeg);
    CHECK(v4l2.detail().find("MJPG") != std::string::npos);
    CHECK_FALSE(v4l2.running());
    CHECK(camera.stream_ons == 0);
}

TEST_CASE("v4l2 under umockdev: a camera another program streams from is busy") {
    Bed bed;
    FakeCamera camera(true, {V4L2_PIX_FMT_MJPEG, V4L2_PIX_FMT_YUYV}, EBUSY);
    bed.add("video0", camera);
    V4l2Camera v4l2("/dev/video0");
    CHECK(v4l2.start([](const GreyFrame&) {}) == CameraError::Busy);
    CHECK(v4l2.detail().find("VIDIOC_REQBUFS") != std::string::npos);
    CHECK_FALSE(v4l2.running());
}

TEST_CASE("v4l2 under umockdev: the metadata node is skipped, the capture node is the default") {
    Bed bed;
    FakeCamera metadata(false, {});
    FakeCamera capture(true, {V4L2_PIX_FMT_YUYV});
    bed.add("video0", metadata);
    bed.add("video1", capture);
    CHECK(find_capture_device() == "/dev/video1");
    V4l2Camera v4l2("/dev/video0");
    CHECK(v4l2.start([](const GreyFrame&) {}) == CameraError::NotACamera);
}

TEST_CASE("v4l2 under umockdev: YUYV is negotiated; the buffers cannot be mapped here and nothing stays open") {
    Bed bed;
    FakeCamera camera(true, {V4L2_PIX_FMT_MJPEG, V4L2_PIX_FMT_YUYV});
    bed.add("video0", camera);
    V4l2Camera v4l2("");  // the first capture device
    CHECK(v4l2.start([](const GreyFrame&) {}) == CameraError::StreamFailed);
    INFO(v4l2.detail());
    CHECK(v4l2.detail().find("mmap") != std::string::npos);  // the socket umockdev emulates with
    CHECK_FALSE(v4l2.running());
    CHECK(camera.stream_ons == 0);
}
