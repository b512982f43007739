#pragma once
// A programmatic usbdevfs device for umockdev (system-platform-notes §2): the real libusb
// code path (enumeration from the emulated sysfs, open, claim, URBs) talks to a device whose
// behaviour comes from one of our in-process simulators. Handles what a recorded .ioctl tree
// cannot: control-IN (string descriptors: the serial number), STALL, a silent device
// (DISCARDURB on timeout) and unplug (ENODEV).
#include "devices/sim/simulated_hid.hpp"

#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <umockdev.h>

namespace gc::devices::test {

struct UsbStrings {
    std::string manufacturer, product, serial;
};

class FakeUsbDevice {
public:
    FakeUsbDevice(std::shared_ptr<SimulatedHid> device, UsbStrings strings);
    ~FakeUsbDevice();
    FakeUsbDevice(const FakeUsbDevice&) = delete;
    FakeUsbDevice& operator=(const FakeUsbDevice&) = delete;

    UMockdevIoctlBase* handler() const { return m_handler; }
    void set_unplugged(bool unplugged);
    void stall_next_in();

private:
    static gboolean on_ioctl(UMockdevIoctlBase* handler, UMockdevIoctlClient* client, gpointer self);
    gboolean handle(UMockdevIoctlClient* client);
    void submit(UMockdevIoctlClient* client);
    void reap(UMockdevIoctlClient* client);
    void discard(UMockdevIoctlClient* client);
    bool answer_control(std::uint8_t* buffer, int length, int& actual);
    bool fill_in(UMockdevIoctlData* urb_data);

    std::shared_ptr<SimulatedHid> m_device;
    UsbStrings m_strings;
    UMockdevIoctlBase* m_handler = nullptr;
    std::mutex m_mutex;
    std::deque<UMockdevIoctlData*> m_completed;
    std::vector<UMockdevIoctlData*> m_pending_in;
    bool m_unplugged = false;
    bool m_stall_next_in = false;
};

}  // namespace gc::devices::test
