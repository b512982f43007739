#include "devices/transport/libusb_hid.hpp"

#include <algorithm>
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
    if (!m_ctx) {
        libusb_context* ctx = nullptr;
        if (libusb_init(&ctx) != 0) return false;
        m_ctx = ctx;
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
    libusb_transfer* transfer = libusb_alloc_transfer(0);
    if (!transfer) return IoStatus::Error;
    int completed = 0;
    libusb_fill_interrupt_transfer(
        transfer, m_handle, m_in, report.data(), static_cast<int>(report.size()),
        [](libusb_transfer* t) { *static_cast<int*>(t->user_data) = 1; }, &completed,
        static_cast<unsigned>(std::max<Millis::rep>(timeout.count(), 1)));
    int rc = libusb_submit_transfer(transfer);
    if (rc != 0) {
        libusb_free_transfer(transfer);
        report.clear();
        return to_status(rc);
    }
    bool cancelled = false;
    int rounds_since_gone = -1;  // the device left and the transfer cannot be cancelled
    while (!completed) {
        timeval tv{1, 0};  // the transfer's own timeout ends the wait; this only bounds one round
        rc = libusb_handle_events_timeout_completed(m_ctx, &tv, &completed);
        if (!completed && !cancelled && (m_woken.exchange(false) || (rc < 0 && rc != LIBUSB_ERROR_INTERRUPTED))) {
            // Fails when it is finishing anyway (the next round sees it) or the device is gone.
            if (libusb_cancel_transfer(transfer) == LIBUSB_ERROR_NO_DEVICE) rounds_since_gone = 0;
            cancelled = true;
        }
        if (!completed && rounds_since_gone >= 0 && ++rounds_since_gone > 3) {
            // The kernel gives such transfers back; should it not, closing the handle drops
            // them from libusb's list so the buffer can go.
            close();
            libusb_free_transfer(transfer);
            report.clear();
            return IoStatus::Disconnected;
        }
    }
    IoStatus status = IoStatus::Error;
    switch (transfer->status) {
        case LIBUSB_TRANSFER_COMPLETED: status = IoStatus::Ok; break;
        case LIBUSB_TRANSFER_TIMED_OUT:
        case LIBUSB_TRANSFER_CANCELLED: status = IoStatus::Timeout; break;
        case LIBUSB_TRANSFER_NO_DEVICE:
        case LIBUSB_TRANSFER_ERROR: status = IoStatus::Disconnected; break;
        case LIBUSB_TRANSFER_STALL:
        case LIBUSB_TRANSFER_OVERFLOW: status = IoStatus::Error; break;
    }
    const bool stalled = transfer->status == LIBUSB_TRANSFER_STALL;
    report.resize(status == IoStatus::Ok ? static_cast<std::size_t>(transfer->actual_length) : 0);
    libusb_free_transfer(transfer);
    if (stalled) libusb_clear_halt(m_handle, m_in);  // clear it, the caller retries
    return status;
}

void LibusbHid::wake() {
    m_woken = true;
    if (libusb_context* ctx = m_ctx) libusb_interrupt_event_handler(ctx);
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
