#pragma once
// A simulated serial device on a pseudo-terminal: the simulator writes real frames into the
// master side, the driver opens the slave through termios exactly like a /dev/ttyUSB0. The
// slave is reached through a stable symlink (like /dev/serial/by-id), so "unplug" (close the
// master: the driver sees a hangup) and "plug in" (a new PTY behind the same link) behave like
// a real USB-serial cable. Commands the driver writes arrive at on_command(), line by line.
// The reader thread blocks in poll() on the master and an eventfd (unplug wakes it); the
// simulator keeps a slave fd of its own open so the master never reports a busy hangup.
#include "devices/reading.hpp"

#include <atomic>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace gc::devices {

class PtyDevice {
public:
    using CommandHandler = std::function<void(const std::string& line)>;

    explicit PtyDevice(std::string link_path);
    virtual ~PtyDevice();
    PtyDevice(const PtyDevice&) = delete;
    PtyDevice& operator=(const PtyDevice&) = delete;

    bool plug_in();   // create the PTY and point the link at its slave
    void unplug();    // close the master, remove the link
    bool plugged_in() const { return m_master >= 0; }
    const std::string& link_path() const { return m_link; }
    bool write(const Bytes& bytes);  // as the device: into the master
    void on_command(CommandHandler handler);

private:
    void read_commands();
    std::string m_link;
    int m_master = -1;
    int m_slave = -1;  // held while plugged in: no POLLHUP on the master between driver opens
    int m_wake = -1;   // eventfd: unplug() ends the reader's poll()
    std::atomic<bool> m_reading{false};
    std::thread m_reader;
    std::mutex m_mutex;
    CommandHandler m_handler;
};

}  // namespace gc::devices
