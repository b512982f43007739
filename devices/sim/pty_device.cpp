#include "devices/sim/pty_device.hpp"

#include "devices/transport/serial_port.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

namespace gc::devices {

PtyDevice::PtyDevice(std::string link_path) : m_link(std::move(link_path)) {}

PtyDevice::~PtyDevice() { unplug(); }

bool PtyDevice::plug_in() {
    if (m_master >= 0) return true;
    const int master = posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (master < 0) return false;
    if (grantpt(master) != 0 || unlockpt(master) != 0) {
        ::close(master);
        return false;
    }
    char name[128];
    if (ptsname_r(master, name, sizeof name) != 0) {
        ::close(master);
        return false;
    }
    // Raw on the slave side before anyone opens it: no echo of frames back into the master.
    const int slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (slave >= 0) {
        configure_tty(slave, SerialFormat{});
        ::close(slave);
    }
    ::unlink(m_link.c_str());
    if (::symlink(name, m_link.c_str()) != 0) {
        ::close(master);
        return false;
    }
    m_master = master;
    m_reading = true;
    m_reader = std::thread([this] { read_commands(); });
    return true;
}

void PtyDevice::unplug() {
    m_reading = false;
    if (m_reader.joinable()) m_reader.join();
    std::lock_guard lock(m_mutex);
    if (m_master >= 0) ::close(m_master);
    m_master = -1;
    ::unlink(m_link.c_str());
}

bool PtyDevice::write(const Bytes& bytes) {
    std::lock_guard lock(m_mutex);
    if (m_master < 0) return false;
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

void PtyDevice::on_command(CommandHandler handler) {
    std::lock_guard lock(m_mutex);
    m_handler = std::move(handler);
}

void PtyDevice::read_commands() {
    std::string line;
    while (m_reading) {
        pollfd pfd{m_master, POLLIN, 0};
        if (::poll(&pfd, 1, 20) <= 0 || !(pfd.revents & POLLIN)) continue;  // POLLHUP: nobody has the slave open
        char buf[256];
        const ssize_t n = ::read(m_master, buf, sizeof buf);
        if (n <= 0) continue;
        for (ssize_t i = 0; i < n; ++i) {
            if (buf[i] == '\n') continue;
            if (buf[i] != '\r') {
                line.push_back(buf[i]);
                continue;
            }
            CommandHandler handler;
            {
                std::lock_guard lock(m_mutex);
                handler = m_handler;
            }
            if (handler && !line.empty()) handler(line);
            line.clear();
        }
    }
}

}  // namespace gc::devices
