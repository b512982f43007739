#include "devices/camera/v4l2_camera.hpp"

#include "core/translatable.hpp"

#include <linux/videodev2.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <poll.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace gc::devices {
namespace {

constexpr int kWantedWidth = 640;  // enough for a card held 20-40 cm away; cheap to decode
constexpr int kWantedHeight = 480;
constexpr unsigned kBufferCount = 4;

void* const kMapFailed = reinterpret_cast<void*>(static_cast<std::intptr_t>(-1));  // MAP_FAILED

// ioctl, retried when a signal interrupted it.
int xioctl(int fd, unsigned long request, void* arg) {
    int r;
    do {
        r = ioctl(fd, request, arg);
    } while (r == -1 && errno == EINTR);
    return r;
}

std::string errno_text(const char* what) { return std::string(what) + ": " + std::strerror(errno); }

CameraError error_from_errno(CameraError otherwise) {
    switch (errno) {
        case ENOENT:
        case ENXIO:
        case ENODEV: return CameraError::NoDevice;
        case EACCES:
        case EPERM: return CameraError::NoAccess;
        case EBUSY: return CameraError::Busy;
        default: return otherwise;
    }
}

bool is_capture_device(int fd) {
    v4l2_capability cap{};
    if (xioctl(fd, VIDIOC_QUERYCAP, &cap) != 0) return false;
    const std::uint32_t caps = (cap.capabilities & V4L2_CAP_DEVICE_CAPS) ? cap.device_caps : cap.capabilities;
    return (caps & V4L2_CAP_VIDEO_CAPTURE) && (caps & V4L2_CAP_STREAMING);
}

}  // namespace

std::string_view camera_error_name(CameraError e) {
    switch (e) {
        case CameraError::None: return "none";
        case CameraError::NoDevice: return "no_device";
        case CameraError::NoAccess: return "no_access";
        case CameraError::NotACamera: return "not_a_camera";
        case CameraError::Busy: return "busy";
        case CameraError::OnlyJpeg: return "only_jpeg";
        case CameraError::UnsupportedFormat: return "unsupported_format";
        case CameraError::StreamFailed: return "stream_failed";
        case CameraError::Lost: return "lost";
    }
    return "unknown";
}

const char* camera_error_message(CameraError e) {
    switch (e) {
        case CameraError::None: return nullptr;
        case CameraError::NoDevice: return N_("Geen webcam gevonden. Sluit een webcam aan.");
        case CameraError::NoAccess: return N_("De kiosk mag de webcam niet gebruiken (groep video).");
        case CameraError::NotACamera: return N_("Dit apparaat is geen webcam.");
        case CameraError::Busy: return N_("Een ander programma gebruikt de webcam.");
        case CameraError::OnlyJpeg: return N_("Deze webcam geeft alleen JPEG-beelden. Gebruik een andere webcam.");
        case CameraError::UnsupportedFormat: return N_("De kiosk kent het beeld van deze webcam niet.");
        case CameraError::StreamFailed: return N_("De webcam start niet. Sluit hem opnieuw aan.");
        case CameraError::Lost: return N_("De webcam is losgekoppeld.");
    }
    return nullptr;
}

FormatChoice choose_format(const std::vector<std::uint32_t>& offered) {
    static constexpr std::pair<std::uint32_t, PixelLayout> kPreferred[] = {
        {V4L2_PIX_FMT_GREY, PixelLayout::Grey}, {V4L2_PIX_FMT_YUYV, PixelLayout::Yuyv}, {V4L2_PIX_FMT_UYVY, PixelLayout::Uyvy}};
    for (const auto& [fourcc, layout] : kPreferred) {
        if (std::find(offered.begin(), offered.end(), fourcc) != offered.end()) return {CameraError::None, fourcc, layout};
    }
    const bool jpeg = std::any_of(offered.begin(), offered.end(),
                                  [](std::uint32_t f) { return f == V4L2_PIX_FMT_MJPEG || f == V4L2_PIX_FMT_JPEG; });
    return {jpeg ? CameraError::OnlyJpeg : CameraError::UnsupportedFormat, 0, PixelLayout::Grey};
}

std::string find_capture_device(const std::string& dir) {
    std::vector<std::pair<int, std::string>> nodes;
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.rfind("video", 0) != 0 || name.size() == 5) continue;
        if (name.find_first_not_of("0123456789", 5) != std::string::npos) continue;
        nodes.emplace_back(std::stoi(name.substr(5)), entry.path().string());
    }
    std::sort(nodes.begin(), nodes.end());
    for (const auto& [number, path] : nodes) {
        const int fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) continue;
        const bool capture = is_capture_device(fd);
        ::close(fd);
        if (capture) return path;
    }
    return {};
}

CameraError V4l2Camera::fail(CameraError e, const std::string& detail) {
    m_detail = detail;
    release();
    return e;
}

CameraError V4l2Camera::start(OnFrame on_frame, OnError on_error) {
    if (running() && !m_failed) return CameraError::None;
    stop();
    m_failed = false;
    m_detail.clear();
    if (auto e = open_device(); e != CameraError::None) return e;
    if (auto e = negotiate(); e != CameraError::None) return e;
    if (auto e = map_buffers(); e != CameraError::None) return e;
    v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    if (xioctl(m_fd, VIDIOC_STREAMON, &type) != 0) {
        return fail(error_from_errno(CameraError::StreamFailed), errno_text("VIDIOC_STREAMON"));
    }
    m_streaming = true;
    m_on_frame = std::move(on_frame);
    m_on_error = std::move(on_error);
    m_stop = false;
    m_thread = std::thread([this] { run(); });
    return CameraError::None;
}

CameraError V4l2Camera::open_device() {
    std::string path = m_path.empty() ? find_capture_device() : m_path;
    if (path.empty()) return fail(CameraError::NoDevice, "no video capture device in /dev");
    m_fd = ::open(path.c_str(), O_RDWR | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) return fail(error_from_errno(CameraError::NoDevice), errno_text(path.c_str()));
    v4l2_capability cap{};
    if (xioctl(m_fd, VIDIOC_QUERYCAP, &cap) != 0) {
        return fail(CameraError::NotACamera, errno_text((path + ": VIDIOC_QUERYCAP").c_str()));
    }
    if (!is_capture_device(m_fd)) return fail(CameraError::NotACamera, path + ": no video capture with streaming");
    return CameraError::None;
}

CameraError V4l2Camera::negotiate() {
    std::vector<std::uint32_t> offered;
    for (std::uint32_t i = 0; i < 64; ++i) {  // a driver that never ends the list is not waited for
        v4l2_fmtdesc desc{};
        desc.index = i;
        desc.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        if (xioctl(m_fd, VIDIOC_ENUM_FMT, &desc) != 0) break;
        offered.push_back(desc.pixelformat);
    }
    const FormatChoice choice = choose_format(offered);
    if (choice.error != CameraError::None) {
        std::string names;
        for (std::uint32_t f : offered) {
            for (int shift = 0; shift < 32; shift += 8) names += static_cast<char>((f >> shift) & 0xff);
            names += ' ';
        }
        return fail(choice.error, "formats offered: " + names);
    }
    v4l2_format format{};
    format.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    format.fmt.pix.width = kWantedWidth;
    format.fmt.pix.height = kWantedHeight;
    format.fmt.pix.pixelformat = choice.fourcc;
    format.fmt.pix.field = V4L2_FIELD_NONE;
    if (xioctl(m_fd, VIDIOC_S_FMT, &format) != 0) {
        return fail(error_from_errno(CameraError::StreamFailed), errno_text("VIDIOC_S_FMT"));
    }
    if (format.fmt.pix.pixelformat != choice.fourcc) return fail(CameraError::UnsupportedFormat, "driver changed the format");
    m_width = static_cast<int>(format.fmt.pix.width);
    m_height = static_cast<int>(format.fmt.pix.height);
    const std::uint32_t min_stride = format.fmt.pix.width * (choice.layout == PixelLayout::Grey ? 1u : 2u);
    m_stride = static_cast<int>(std::max(format.fmt.pix.bytesperline, min_stride));
    m_layout = choice.layout;
    return CameraError::None;
}

CameraError V4l2Camera::map_buffers() {
    v4l2_requestbuffers request{};
    request.count = kBufferCount;
    request.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
    request.memory = V4L2_MEMORY_MMAP;
    if (xioctl(m_fd, VIDIOC_REQBUFS, &request) != 0) {
        return fail(error_from_errno(CameraError::StreamFailed), errno_text("VIDIOC_REQBUFS"));
    }
    if (request.count < 2) return fail(CameraError::StreamFailed, "too few capture buffers");
    for (std::uint32_t i = 0; i < request.count; ++i) {
        v4l2_buffer buffer{};
        buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buffer.memory = V4L2_MEMORY_MMAP;
        buffer.index = i;
        if (xioctl(m_fd, VIDIOC_QUERYBUF, &buffer) != 0) return fail(CameraError::StreamFailed, errno_text("VIDIOC_QUERYBUF"));
        void* start = mmap(nullptr, buffer.length, PROT_READ | PROT_WRITE, MAP_SHARED, m_fd, buffer.m.offset);
        if (start == kMapFailed) return fail(CameraError::StreamFailed, errno_text("mmap"));
        m_buffers.push_back({start, buffer.length});
        if (xioctl(m_fd, VIDIOC_QBUF, &buffer) != 0) return fail(CameraError::StreamFailed, errno_text("VIDIOC_QBUF"));
    }
    return CameraError::None;
}

void V4l2Camera::run() {
    std::uint64_t sequence = 0;
    GreyFrame frame;
    while (!m_stop) {
        pollfd p{m_fd, POLLIN, 0};
        const int ready = poll(&p, 1, 200);  // wakes up to see m_stop
        if (ready < 0 && errno == EINTR) continue;
        if (ready == 0) continue;
        if (ready < 0 || (p.revents & (POLLERR | POLLHUP | POLLNVAL))) {
            m_detail = ready < 0 ? errno_text("poll") : "the device went away";
            m_failed = true;
            if (m_on_error) m_on_error(CameraError::Lost);
            return;
        }
        v4l2_buffer buffer{};
        buffer.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        buffer.memory = V4L2_MEMORY_MMAP;
        if (xioctl(m_fd, VIDIOC_DQBUF, &buffer) != 0) {
            if (errno == EAGAIN) continue;
            m_detail = errno_text("VIDIOC_DQBUF");
            m_failed = true;
            if (m_on_error) m_on_error(CameraError::Lost);
            return;
        }
        const bool usable = buffer.index < m_buffers.size() && !(buffer.flags & V4L2_BUF_FLAG_ERROR);
        if (usable) {
            const auto* data = static_cast<const std::uint8_t*>(m_buffers[buffer.index].start);
            const std::size_t size = std::min<std::size_t>(buffer.bytesused ? buffer.bytesused : buffer.length,
                                                           m_buffers[buffer.index].length);
            if (to_grey(data, size, m_width, m_height, m_stride, m_layout, frame)) {
                frame.sequence = sequence++;
                if (m_on_frame) m_on_frame(frame);
            }
        }
        if (xioctl(m_fd, VIDIOC_QBUF, &buffer) != 0) {
            m_detail = errno_text("VIDIOC_QBUF");
            m_failed = true;
            if (m_on_error) m_on_error(CameraError::Lost);
            return;
        }
    }
}

void V4l2Camera::stop() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
    release();
}

void V4l2Camera::release() {
    if (m_fd >= 0 && m_streaming) {
        v4l2_buf_type type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        xioctl(m_fd, VIDIOC_STREAMOFF, &type);
    }
    m_streaming = false;
    for (const Buffer& b : m_buffers) munmap(b.start, b.length);
    m_buffers.clear();
    if (m_fd >= 0) {
        v4l2_requestbuffers none{};  // frees the driver's buffers for the next program
        none.type = V4L2_BUF_TYPE_VIDEO_CAPTURE;
        none.memory = V4L2_MEMORY_MMAP;
        xioctl(m_fd, VIDIOC_REQBUFS, &none);
        ::close(m_fd);
    }
    m_fd = -1;
}

}  // namespace gc::devices
