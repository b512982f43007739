#pragma once
// termios serial port (RS-232 adapters, USB virtual COM, CDC-ACM, PTY). Raw mode, no flow
// control, non-blocking reads through poll() on the port and an eventfd (wake()), so a
// worker can wait for data with a long timeout at no cost. Hangup (read()==0, POLLHUP, POLLERR, EIO) is
// reported as Disconnected; the worker closes and reopens with backoff.
#include "devices/transport/link.hpp"

namespace gc::devices {

enum class Parity { None, Even, Odd };

// Per device profile: Tanita 9600 8N1 (MC-980 selectable 4800/9600/19200), TBF-310 2400 7E1.
struct SerialFormat {
    int baud = 9600;
    int data_bits = 8;
    Parity parity = Parity::None;
    int stop_bits = 1;
};

class SerialPort final : public ByteLink {
public:
    SerialPort(std::string path, SerialFormat format);
    ~SerialPort() override;
    SerialPort(const SerialPort&) = delete;
    SerialPort& operator=(const SerialPort&) = delete;

    bool open() override;
    IoStatus read(Bytes& out, Millis timeout) override;
    IoStatus write(const Bytes& data) override;
    void close() override;
    std::string describe() const override { return m_path; }
    void wake() override;
    // Why the last open() failed ("No such file or directory"), for the host's device list.
    const std::string& last_error() const { return m_last_error; }

private:
    std::string m_path;
    SerialFormat m_format;
    int m_fd = -1;
    int m_wake = -1;  // eventfd
    std::string m_last_error;
};

// Applies the format to an open tty (also used by the PTY tests); false + errno on failure.
bool configure_tty(int fd, const SerialFormat& format);

}  // namespace gc::devices
