#include "devices/transport/evdev_keyboard.hpp"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/input.h>
#include <poll.h>
#include <sys/ioctl.h>
#include <unistd.h>

namespace gc::devices {

char evdev_key_char(unsigned short code) {
    static constexpr struct {
        unsigned short code;
        char c;
    } kKeys[] = {
        {KEY_1, '1'}, {KEY_2, '2'}, {KEY_3, '3'}, {KEY_4, '4'}, {KEY_5, '5'}, {KEY_6, '6'}, {KEY_7, '7'},
        {KEY_8, '8'}, {KEY_9, '9'}, {KEY_0, '0'}, {KEY_MINUS, '-'}, {KEY_ENTER, '\r'}, {KEY_KPENTER, '\r'},
        {KEY_Q, 'Q'}, {KEY_W, 'W'}, {KEY_E, 'E'}, {KEY_R, 'R'}, {KEY_T, 'T'}, {KEY_Y, 'Y'}, {KEY_U, 'U'},
        {KEY_I, 'I'}, {KEY_O, 'O'}, {KEY_P, 'P'}, {KEY_A, 'A'}, {KEY_S, 'S'}, {KEY_D, 'D'}, {KEY_F, 'F'},
        {KEY_G, 'G'}, {KEY_H, 'H'}, {KEY_J, 'J'}, {KEY_K, 'K'}, {KEY_L, 'L'}, {KEY_Z, 'Z'}, {KEY_X, 'X'},
        {KEY_C, 'C'}, {KEY_V, 'V'}, {KEY_B, 'B'}, {KEY_N, 'N'}, {KEY_M, 'M'}, {KEY_KP0, '0'}, {KEY_KP1, '1'},
        {KEY_KP2, '2'}, {KEY_KP3, '3'}, {KEY_KP4, '4'}, {KEY_KP5, '5'}, {KEY_KP6, '6'}, {KEY_KP7, '7'},
        {KEY_KP8, '8'}, {KEY_KP9, '9'}, {KEY_KPMINUS, '-'},
    };
    for (const auto& k : kKeys) {
        if (k.code == code) return k.c;
    }
    return 0;
}

bool EvdevKeyboard::open() {
    if (m_fd >= 0) return true;
    m_fd = ::open(m_path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (m_fd < 0) {
        m_last_error = std::strerror(errno);
        return false;
    }
    if (ioctl(m_fd, EVIOCGRAB, 1) != 0) {  // not an evdev node, or someone else grabbed it
        m_last_error = std::strerror(errno);
        ::close(m_fd);
        m_fd = -1;
        return false;
    }
    return true;
}

IoStatus EvdevKeyboard::read(Bytes& out, Millis timeout) {
    if (m_fd < 0) return IoStatus::Disconnected;
    pollfd p{m_fd, POLLIN, 0};
    const int ready = ::poll(&p, 1, static_cast<int>(timeout.count()));
    if (ready < 0) return errno == EINTR ? IoStatus::Timeout : IoStatus::Error;
    if (ready == 0) return IoStatus::Timeout;
    if (p.revents & (POLLHUP | POLLERR | POLLNVAL)) return IoStatus::Disconnected;
    input_event events[64];
    const ssize_t n = ::read(m_fd, events, sizeof events);
    if (n < 0) return errno == EAGAIN ? IoStatus::Timeout : IoStatus::Disconnected;
    if (n == 0) return IoStatus::Disconnected;
    const auto count = static_cast<std::size_t>(n) / sizeof(input_event);
    for (std::size_t i = 0; i < count; ++i) {
        if (events[i].type != EV_KEY || events[i].value != 1) continue;  // presses only
        if (const char c = evdev_key_char(events[i].code)) out.push_back(static_cast<std::uint8_t>(c));
    }
    return IoStatus::Ok;
}

void EvdevKeyboard::close() {
    if (m_fd < 0) return;
    ioctl(m_fd, EVIOCGRAB, 0);
    ::close(m_fd);
    m_fd = -1;
}

}  // namespace gc::devices
