#include "devices/sim/pty_device.hpp"

#include "devices/transport/serial_port.hpp"

#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <fcntl.h>
#include <poll.h>
#include <stdlib.h>
#include <sys/eventfd.h>
#include <termios.h>
#include <unistd.h>

namespace gc::devices {

PtyDevice::PtyDevice(std::string link_path)
    : m_link(std::move(link_path)), m_wake(::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK)) {}

PtyDevice::~PtyDevice() {
    unplug();
    if (m_wake >= 0) ::close(m_wake);
}

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
    if (slave >= 0) configure_tty(slave, SerialFormat{});
    ::unlink(m_link.c_str());
    if (::symlink(name, m_link.c_str()) != 0) {
        if (slave >= 0) ::close(slave);
        ::close(master);
        return false;
    }
    m_master = master;
    m_slave = slave;
    m_reading = true;
    m_reader = std::thread([this] { read_commands(); });
    return true;
}

void PtyDevice::unplug() {
    m_reading = false;
    const std::uint64_t one = 1;
    if (m_reader.joinable()) {
        [[maybe_unused]] const auto w = ::write(m_wake, &one, sizeof one);
        m_reader.join();
    }
    std::uint64_t count = 0;
    [[maybe_unused]] const auto n = ::read(m_wake, &count, sizeof count);  // reset for the next plug-in
    std::lock_guard lock(m_mutex);
    if (m_slave >= 0) ::close(m_slave);
    if (m_master >= 0) ::close(m_master);
    m_slave = m_master = -1;
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
        pollfd pfd[2] = {{m_master, POLLIN, 0}, {m_wake, POLLIN, 0}};
        if (::poll(pfd, 2, -1) <= 0 || (pfd[1].revents & POLLIN)) continue;  // woken: m_reading tells
        if (!(pfd[0].revents & POLLIN)) {
            // Only when our own slave fd could not be opened: hangup while no driver has the port.
            pollfd wait{m_wake, POLLIN, 0};
            ::poll(&wait, 1, 100);
            continue;
        }
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
