#include "devices/transport/serial_port.hpp"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/eventfd.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

namespace gc::devices {
namespace {

speed_t to_speed(int baud) {
    switch (baud) {
        case 1200: return B1200;
        case 2400: return B2400;
        case 4800: return B4800;
        case 19200: return B19200;
        case 38400: return B38400;
        case 57600: return B57600;
        case 115200: return B115200;
        default: return B9600;
    }
}

tcflag_t to_size(int bits) {
    switch (bits) {
        case 5: return CS5;
        case 6: return CS6;
        case 7: return CS7;
        default: return CS8;
    }
}

}  // namespace

bool configure_tty(int fd, const SerialFormat& format) {
    termios tio{};
    if (tcgetattr(fd, &tio) != 0) return false;
    cfmakeraw(&tio);
    tio.c_cflag &= ~static_cast<tcflag_t>(PARENB | PARODD | CSTOPB | CSIZE | CRTSCTS);
    tio.c_cflag |= to_size(format.data_bits) | CLOCAL | CREAD;
    if (format.parity != Parity::None) tio.c_cflag |= PARENB;
    if (format.parity == Parity::Odd) tio.c_cflag |= PARODD;
    if (format.stop_bits == 2) tio.c_cflag |= CSTOPB;
    tio.c_iflag &= ~static_cast<tcflag_t>(IXON | IXOFF | IXANY);
    tio.c_cc[VMIN] = 0;
    tio.c_cc[VTIME] = 0;
    cfsetispeed(&tio, to_speed(format.baud));
    cfsetospeed(&tio, to_speed(format.baud));
    if (tcsetattr(fd, TCSANOW, &tio) != 0) return false;
    tcflush(fd, TCIOFLUSH);
    return true;
}

SerialPort::SerialPort(std::string path, SerialFormat format)
    : m_path(std::move(path)), m_format(format), m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

SerialPort::~SerialPort() {
    close();
    if (m_wake >= 0) ::close(m_wake);
}

void SerialPort::wake() {
    const std::uint64_t one = 1;
    if (m_wake < 0) return;
    [[maybe_unused]] const auto n = ::write(m_wake, &one, sizeof one);
}

bool SerialPort::open() {
    close();
    m_fd = ::open(m_path.c_str(), O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        m_last_error = std::strerror(errno);
        return false;
    }
    ioctl(m_fd, TIOCEXCL);  // a second process must not read our frames (fails harmlessly on some ttys)
    if (!configure_tty(m_fd, m_format)) {
        m_last_error = std::strerror(errno);
        close();
        return false;
    }
    m_last_error.clear();
    return true;
}

IoStatus SerialPort::read(Bytes& out, Millis timeout) {
    if (m_fd < 0) return IoStatus::Disconnected;
    pollfd pfd[2] = {{m_fd, POLLIN, 0}, {m_wake, POLLIN, 0}};
    const int ready = ::poll(pfd, m_wake >= 0 ? 2 : 1, static_cast<int>(timeout.count()));
    if (ready < 0) return errno == EINTR ? IoStatus::Timeout : IoStatus::Error;
    if (ready == 0) return IoStatus::Timeout;
    if (pfd[1].revents & POLLIN) {
        std::uint64_t count = 0;
        [[maybe_unused]] const auto n = ::read(m_wake, &count, sizeof count);
        if (!(pfd[0].revents & (POLLIN | POLLHUP | POLLERR))) return IoStatus::Timeout;
    }
    std::uint8_t buf[512];
    const ssize_t n = ::read(m_fd, buf, sizeof buf);
    if (n > 0) {
        out.insert(out.end(), buf, buf + n);
        return IoStatus::Ok;
    }
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return IoStatus::Timeout;
    return IoStatus::Disconnected;  // read()==0 with POLLHUP, EIO, ENODEV: the device is gone
}

IoStatus SerialPort::write(const Bytes& data) {
    if (m_fd < 0) return IoStatus::Disconnected;
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(m_fd, data.data() + done, data.size() - done);
        if (n < 0) {
            if (errno == EAGAIN || errno == EINTR) {
                pollfd pfd{m_fd, POLLOUT, 0};
                if (::poll(&pfd, 1, 1000) <= 0) return IoStatus::Timeout;
                continue;
            }
            return IoStatus::Disconnected;
        }
        done += static_cast<std::size_t>(n);
    }
    return IoStatus::Ok;
}

void SerialPort::close() {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
}

}  // namespace gc::devices
