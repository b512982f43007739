#pragma once
// The two transport shapes the drivers need, as interfaces, so that the real ports (termios,
// libusb) and the in-process simulators are interchangeable and the sessions never know which.
#include "core/clock.hpp"
#include "devices/reading.hpp"

#include <string>

namespace gc::devices {

enum class IoStatus { Ok, Timeout, Disconnected, Error };

// A byte stream: serial port, USB-serial, CDC-ACM, PTY.
class ByteLink {
public:
    virtual ~ByteLink() = default;
    virtual bool open() = 0;  // false while the device is absent
    // Appends what arrived within `timeout` to `out`.
    virtual IoStatus read(Bytes& out, Millis timeout) = 0;
    virtual IoStatus write(const Bytes& data) = 0;
    virtual void close() = 0;
    virtual std::string describe() const = 0;  // "/dev/ttyUSB0" (no participant data)
    // Any thread: a read() waiting now (or the next one) returns Timeout at once. Lets the
    // worker block on the port with a long timeout and still stop or send promptly.
    virtual void wake() {}
};

// A HID device spoken to with whole reports (libusb interrupt transfers, or a simulator).
class HidLink {
public:
    virtual ~HidLink() = default;
    virtual bool open() = 0;
    // One input report (as read from the interrupt IN endpoint) within `timeout`.
    virtual IoStatus read_report(Bytes& report, Millis timeout) = 0;
    // One output report, report id first when the device numbers its reports.
    virtual IoStatus write_report(const Bytes& report) = 0;
    // HID SET_REPORT(Feature), report id 0 (the Omron 0590:0028 mode switch).
    virtual IoStatus set_feature(const Bytes& data) = 0;
    virtual void close() = 0;
    virtual std::string describe() const = 0;
    // Any thread: a read_report() waiting now (or the next one) returns Timeout at once.
    virtual void wake() {}
    // USB iSerial etc. when the transport knows them (libusb string descriptors).
    virtual DeviceIdentity identity() const { return {}; }
};

}  // namespace gc::devices
