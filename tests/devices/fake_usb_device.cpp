#include "fake_usb_device.hpp"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <sys/ioctl.h>  // before linux/usbdevice_fs.h: it needs _IOR/_IOW
#include <linux/usbdevice_fs.h>

namespace gc::devices::test {
namespace {

usbdevfs_urb* urb_of(UMockdevIoctlData* d) { return reinterpret_cast<usbdevfs_urb*>(d->data); }

}  // namespace

FakeUsbDevice::FakeUsbDevice(std::shared_ptr<SimulatedHid> device, UsbStrings strings)
    : m_device(std::move(device)), m_strings(std::move(strings)) {
    m_device->plug_in();
    m_device->open();
    m_handler = umockdev_ioctl_base_new();
    g_signal_connect(m_handler, "handle-ioctl", G_CALLBACK(&FakeUsbDevice::on_ioctl), this);
}

FakeUsbDevice::~FakeUsbDevice() {
    g_object_unref(m_handler);
    for (auto* d : m_completed) g_object_unref(d);
    for (auto* d : m_pending_in) g_object_unref(d);
}

void FakeUsbDevice::set_unplugged(bool unplugged) {
    std::lock_guard lock(m_mutex);
    m_unplugged = unplugged;
    if (unplugged) m_device->unplug();
    else {
        m_device->plug_in();
        m_device->open();
    }
}

void FakeUsbDevice::stall_next_in() {
    std::lock_guard lock(m_mutex);
    m_stall_next_in = true;
}

gboolean FakeUsbDevice::on_ioctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, gpointer self) {
    return static_cast<FakeUsbDevice*>(self)->handle(client);
}

gboolean FakeUsbDevice::handle(UMockdevIoctlClient* client) {
    std::lock_guard lock(m_mutex);
    const gulong request = umockdev_ioctl_client_get_request(client);
    if (m_unplugged) {
        // As the kernel does on unplug: URBs still pending come back with -ENODEV; once all
        // are reaped, every call fails with ENODEV.
        if (request == USBDEVFS_REAPURBNDELAY && (!m_pending_in.empty() || !m_completed.empty())) {
            for (auto* urb : m_pending_in) {
                urb_of(urb)->status = -ENODEV;
                urb_of(urb)->actual_length = 0;
                m_completed.push_back(urb);
            }
            m_pending_in.clear();
            reap(client);
            return TRUE;
        }
        umockdev_ioctl_client_complete(client, -1, ENODEV);
        return TRUE;
    }
    switch (request) {
        case USBDEVFS_SUBMITURB: submit(client); break;
        case USBDEVFS_REAPURBNDELAY: reap(client); break;
        case USBDEVFS_DISCARDURB: discard(client); break;
        case USBDEVFS_CLAIMINTERFACE:
        case USBDEVFS_RELEASEINTERFACE:
        case USBDEVFS_SETINTERFACE:
        case USBDEVFS_CLEAR_HALT:
        case USBDEVFS_RESET:
        case USBDEVFS_RESETEP: umockdev_ioctl_client_complete(client, 0, 0); break;
        case USBDEVFS_GETDRIVER:
        case USBDEVFS_IOCTL: umockdev_ioctl_client_complete(client, -1, ENODATA); break;  // no kernel driver bound
        default: umockdev_ioctl_client_complete(client, -1, ENOTTY); break;
    }
    return TRUE;
}

bool FakeUsbDevice::answer_control(std::uint8_t* buffer, int length, int& actual) {
    const std::uint8_t request_type = buffer[0], request = buffer[1];
    const int value = buffer[2] | (buffer[3] << 8);
    const int w_length = buffer[6] | (buffer[7] << 8);
    std::uint8_t* data = buffer + 8;
    actual = 0;
    if (request_type == 0x80 && request == 0x06 && (value >> 8) == 0x03) {  // GET_DESCRIPTOR(string)
        const int index = value & 0xFF;
        std::vector<std::uint8_t> desc;
        if (index == 0) desc = {4, 3, 0x09, 0x04};  // language: en-US
        else {
            const std::string& s = index == 1 ? m_strings.manufacturer : index == 2 ? m_strings.product : m_strings.serial;
            desc = {static_cast<std::uint8_t>(2 + 2 * s.size()), 3};
            for (char c : s) desc.insert(desc.end(), {static_cast<std::uint8_t>(c), 0});
        }
        actual = std::min({static_cast<int>(desc.size()), w_length, length - 8});
        std::memcpy(data, desc.data(), static_cast<std::size_t>(actual));
        return true;
    }
    if (request_type == 0x21 && request == 0x09) {  // HID SET_REPORT
        const Bytes payload(data, data + std::min(w_length, length - 8));
        if ((value >> 8) == 0x03) m_device->set_feature(payload);
        else m_device->write_report(payload);
        actual = static_cast<int>(payload.size());
        return true;
    }
    return false;
}

bool FakeUsbDevice::fill_in(UMockdevIoctlData* urb_data) {
    usbdevfs_urb* urb = urb_of(urb_data);
    Bytes report;
    if (m_device->read_report(report, Millis(0)) != IoStatus::Ok) return false;
    GError* error = nullptr;
    UMockdevIoctlData* buf = umockdev_ioctl_data_resolve(urb_data, offsetof(usbdevfs_urb, buffer),
                                                         static_cast<gsize>(urb->buffer_length), &error);
    if (!buf) return false;
    const int n = std::min(static_cast<int>(report.size()), urb->buffer_length);
    std::memcpy(buf->data, report.data(), static_cast<std::size_t>(n));
    urb->actual_length = n;
    urb->status = 0;
    g_object_unref(buf);
    return true;
}

void FakeUsbDevice::submit(UMockdevIoctlClient* client) {
    GError* error = nullptr;
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    UMockdevIoctlData* urb_data = umockdev_ioctl_data_resolve(arg, 0, sizeof(usbdevfs_urb), &error);
    if (!urb_data) {
        umockdev_ioctl_client_complete(client, -1, EFAULT);
        return;
    }
    usbdevfs_urb* urb = urb_of(urb_data);
    const bool in = (urb->endpoint & 0x80) != 0;
    if (urb->type == USBDEVFS_URB_TYPE_CONTROL) {
        UMockdevIoctlData* buf = umockdev_ioctl_data_resolve(urb_data, offsetof(usbdevfs_urb, buffer),
                                                             static_cast<gsize>(urb->buffer_length), &error);
        int actual = 0;
        const bool ok = buf && urb->buffer_length >= 8 && answer_control(buf->data, urb->buffer_length, actual);
        urb->status = ok ? 0 : -EPIPE;  // an unknown request stalls, as real devices do
        urb->actual_length = actual;
        if (buf) g_object_unref(buf);
        m_completed.push_back(urb_data);
    } else if (!in) {
        UMockdevIoctlData* buf = umockdev_ioctl_data_resolve(urb_data, offsetof(usbdevfs_urb, buffer),
                                                             static_cast<gsize>(urb->buffer_length), &error);
        if (buf) m_device->write_report(Bytes(buf->data, buf->data + urb->buffer_length));
        urb->status = 0;
        urb->actual_length = urb->buffer_length;
        if (buf) g_object_unref(buf);
        m_completed.push_back(urb_data);
    } else if (m_stall_next_in) {
        m_stall_next_in = false;
        urb->status = -EPIPE;
        urb->actual_length = 0;
        m_completed.push_back(urb_data);
    } else if (fill_in(urb_data)) {
        m_completed.push_back(urb_data);
    } else {
        m_pending_in.push_back(urb_data);  // a silent device: completes later, or is discarded on timeout
    }
    umockdev_ioctl_client_complete(client, 0, 0);
}

void FakeUsbDevice::reap(UMockdevIoctlClient* client) {
    for (auto it = m_pending_in.begin(); it != m_pending_in.end();) {
        if (fill_in(*it)) {
            m_completed.push_back(*it);
            it = m_pending_in.erase(it);
        } else {
            ++it;
        }
    }
    if (m_completed.empty()) {
        umockdev_ioctl_client_complete(client, -1, EAGAIN);
        return;
    }
    UMockdevIoctlData* urb_data = m_completed.front();
    m_completed.pop_front();
    GError* error = nullptr;
    UMockdevIoctlData* slot = umockdev_ioctl_data_resolve(umockdev_ioctl_client_get_arg(client), 0, sizeof(gpointer), &error);
    if (slot) {
        umockdev_ioctl_data_set_ptr(slot, 0, urb_data);
        g_object_unref(slot);
    }
    umockdev_ioctl_client_complete(client, 0, 0);
    g_object_unref(urb_data);
}

void FakeUsbDevice::discard(UMockdevIoctlClient* client) {
    UMockdevIoctlData* arg = umockdev_ioctl_client_get_arg(client);
    gulong address = 0;
    std::memcpy(&address, arg->data, std::min(sizeof address, static_cast<std::size_t>(arg->data_len)));
    for (auto it = m_pending_in.begin(); it != m_pending_in.end(); ++it) {
        if ((*it)->client_addr != address) continue;
        urb_of(*it)->status = -ENOENT;
        urb_of(*it)->actual_length = 0;
        m_completed.push_back(*it);
        m_pending_in.erase(it);
        umockdev_ioctl_client_complete(client, 0, 0);
        return;
    }
    umockdev_ioctl_client_complete(client, -1, EINVAL);
}

}  // namespace gc::devices::test
