#pragma once
// A HID device through libusb: find by VID:PID (and iSerial when several are connected),
// detach the kernel's usbhid, claim interface 0, interrupt IN/OUT transfers, SET_REPORT
// control transfers. LIBUSB_ERROR_NO_DEVICE/IO = unplugged. read_report() is an asynchronous
// transfer waited for with libusb_handle_events_timeout_completed(), so wake() (through
// libusb_interrupt_event_handler) ends a long wait at once.
#include "devices/transport/link.hpp"

#include <atomic>
#include <cstdint>
#include <optional>

struct libusb_context;
struct libusb_device_handle;

namespace gc::devices {

struct UsbHidProfile {
    std::uint16_t vendor = 0, product = 0;
    std::string serial;              // empty: the first match
    std::uint8_t in_endpoint = 0x81;  // used when the descriptors cannot be read
    std::uint8_t out_endpoint = 0;    // 0: output reports go through SET_REPORT(Output)
    std::size_t report_size = 64;
};

class LibusbHid final : public HidLink {
public:
    explicit LibusbHid(UsbHidProfile profile) : m_profile(std::move(profile)) {}
    ~LibusbHid() override;
    LibusbHid(const LibusbHid&) = delete;
    LibusbHid& operator=(const LibusbHid&) = delete;

    bool open() override;
    IoStatus read_report(Bytes& report, Millis timeout) override;
    IoStatus write_report(const Bytes& report) override;
    IoStatus set_feature(const Bytes& data) override;
    void close() override;
    std::string describe() const override;
    void wake() override;
    DeviceIdentity identity() const override { return m_identity; }

private:
    void find_endpoints();
    UsbHidProfile m_profile;
    std::atomic<libusb_context*> m_ctx{nullptr};
    std::atomic<bool> m_woken{false};
    libusb_device_handle* m_handle = nullptr;
    std::uint8_t m_in = 0, m_out = 0;
    DeviceIdentity m_identity;
};

// Whether a device with this VID:PID is on the bus right now (for `groepsconsult devices`).
bool usb_device_present(std::uint16_t vendor, std::uint16_t product);

}  // namespace gc::devices
