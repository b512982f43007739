#include "devices/transport/libusb_hid.hpp"

#include <cstdio>
#include <libusb.h>

namespace gc::devices {
namespace {

constexpr std::uint8_t kHidSetReport = 0x09;
constexpr std::uint8_t kClassInterfaceOut = 0x21;  // host-to-device, class, interface
constexpr std::uint16_t kReportOutput = 0x0200, kReportFeature = 0x0300;
constexpr unsigned kControlTimeoutMs = 1000;

IoStatus to_status(int rc) {
    if (rc >= 0) return IoStatus::Ok;
    if (rc == LIBUSB_ERROR_TIMEOUT) return IoStatus::Timeout;
    if (rc == LIBUSB_ERROR_NO_DEVICE || rc == LIBUSB_ERROR_IO) return IoStatus::Disconnected;
    return IoStatus::Error;
}

std::string string_descriptor(libusb_device_handle* h, std::uint8_t index) {
    if (index == 0) return {};
    unsigned char buf[128];
    const int n = libusb_get_string_descriptor_ascii(h, index, buf, sizeof buf);
    return n > 0 ? std::string(reinterpret_cast<char*>(buf), static_cast<std::size_t>(n)) : std::string();
}

}  // namespace

LibusbHid::~LibusbHid() {
    close();
    if (m_ctx) libusb_exit(m_ctx);
}

bool LibusbHid::open() {
    close();
    if (!m_ctx && libusb_init(&m_ctx) != 0) {
        m_ctx = nullptr;
        return false;
    }
    libusb_device** list = nullptr;
    const ssize_t count = libusb_get_device_list(m_ctx, &list);
    for (ssize_t i = 0; i < count && !m_handle; ++i) {
        libusb_device_descriptor desc{};
        if (libusb_get_device_descriptor(list[i], &desc) != 0) continue;
        if (desc.idVendor != m_profile.vendor || desc.idProduct != m_profile.product) continue;
        libusb_device_handle* h = nullptr;
        if (libusb_open(list[i], &h) != 0) continue;
        const std::string serial = string_descriptor(h, desc.iSerialNumber);
        if (!m_profile.serial.empty() && serial != m_profile.serial) {
            libusb_close(h);
            continue;
        }
        m_handle = h;
        m_identity.serial = serial;
    }
    if (list) libusb_free_device_list(list, 1);
    if (!m_handle) return false;

    // usbhid owns HID interfaces; libusb must take it over (auto-detach gives the driver back on close).
    if (libusb_set_auto_detach_kernel_driver(m_handle, 1) != LIBUSB_SUCCESS &&
        libusb_kernel_driver_active(m_handle, 0) == 1)
        libusb_detach_kernel_driver(m_handle, 0);
    if (libusb_claim_interface(m_handle, 0) != 0) {
        close();
        return false;
    }
    find_endpoints();
    return true;
}

void LibusbHid::find_endpoints() {
    m_in = m_profile.in_endpoint;
    m_out = m_profile.out_endpoint;
    libusb_config_descriptor* config = nullptr;
    if (libusb_get_active_config_descriptor(libusb_get_device(m_handle), &config) != 0 || !config) return;
    if (config->bNumInterfaces > 0 && config->interface[0].num_altsetting > 0) {
        const auto& alt = config->interface[0].altsetting[0];
        for (int e = 0; e < alt.bNumEndpoints; ++e) {
            const auto& ep = alt.endpoint[e];
            if ((ep.bmAttributes & LIBUSB_TRANSFER_TYPE_MASK) != LIBUSB_TRANSFER_TYPE_INTERRUPT) continue;
            if (ep.bEndpointAddress & LIBUSB_ENDPOINT_IN) m_in = ep.bEndpointAddress;
            else m_out = ep.bEndpointAddress;
        }
    }
    libusb_free_config_descriptor(config);
}

IoStatus LibusbHid::read_report(Bytes& report, Millis timeout) {
    if (!m_handle) return IoStatus::Disconnected;
    report.assign(m_profile.report_size, 0);
    int got = 0;
    const int rc = libusb_interrupt_transfer(m_handle, m_in, report.data(), static_cast<int>(report.size()), &got,
                                             static_cast<unsigned>(timeout.count()));
    if (rc == LIBUSB_ERROR_PIPE) libusb_clear_halt(m_handle, m_in);  // stall: clear it, the caller retries
    report.resize(rc == 0 ? static_cast<std::size_t>(got) : 0);
    return to_status(rc);
}

IoStatus LibusbHid::write_report(const Bytes& report) {
    if (!m_handle) return IoStatus::Disconnected;
    Bytes buf = report;
    if (m_out) {
        int sent = 0;
        const int rc = libusb_interrupt_transfer(m_handle, m_out, buf.data(), static_cast<int>(buf.size()), &sent,
                                                 kControlTimeoutMs);
        if (rc == LIBUSB_ERROR_PIPE) libusb_clear_halt(m_handle, m_out);
        return to_status(rc);
    }
    const int rc = libusb_control_transfer(m_handle, kClassInterfaceOut, kHidSetReport, kReportOutput, 0, buf.data(),
                                           static_cast<std::uint16_t>(buf.size()), kControlTimeoutMs);
    return to_status(rc);
}

IoStatus LibusbHid::set_feature(const Bytes& data) {
    if (!m_handle) return IoStatus::Disconnected;
    Bytes buf = data;
    const int rc = libusb_control_transfer(m_handle, kClassInterfaceOut, kHidSetReport, kReportFeature, 0, buf.data(),
                                           static_cast<std::uint16_t>(buf.size()), kControlTimeoutMs);
    return to_status(rc);
}

void LibusbHid::close() {
    if (!m_handle) return;
    libusb_release_interface(m_handle, 0);
    libusb_close(m_handle);
    m_handle = nullptr;
}

std::string LibusbHid::describe() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "usb %04x:%04x", m_profile.vendor, m_profile.product);
    return buf;
}

bool usb_device_present(std::uint16_t vendor, std::uint16_t product) {
    libusb_context* ctx = nullptr;
    if (libusb_init(&ctx) != 0) return false;
    libusb_device** list = nullptr;
    bool found = false;
    const ssize_t count = libusb_get_device_list(ctx, &list);
    for (ssize_t i = 0; i < count && !found; ++i) {
        libusb_device_descriptor desc{};
        found = libusb_get_device_descriptor(list[i], &desc) == 0 && desc.idVendor == vendor && desc.idProduct == product;
    }
    if (list) libusb_free_device_list(list, 1);
    libusb_exit(ctx);
    return found;
}

}  // namespace gc::devices
