#include "devices/hotplug.hpp"

#include <libudev.h>
#include <libusb.h>

#include <cerrno>
#include <mutex>
#include <poll.h>
#include <sys/eventfd.h>
#include <unistd.h>
#include <vector>

namespace gc::devices {

struct HotplugWatcher::State {
    libusb_context* usb = nullptr;
    libusb_hotplug_callback_handle callback = 0;
    udev* udev_ctx = nullptr;
    udev_monitor* monitor = nullptr;
    int wake = -1;
    std::mutex mutex;  // pending
    std::vector<HotplugEvent> pending;

    void queue(HotplugEvent event) {
        std::lock_guard lock(mutex);
        pending.push_back(std::move(event));
    }
    ~State() {
        if (usb) {
            if (callback) libusb_hotplug_deregister_callback(usb, callback);
            libusb_exit(usb);
        }
        if (monitor) udev_monitor_unref(monitor);
        if (udev_ctx) udev_unref(udev_ctx);
        if (wake >= 0) ::close(wake);
    }
};

namespace {

int LIBUSB_CALL usb_callback(libusb_context* /*ctx*/, libusb_device* device, libusb_hotplug_event event, void* self) {
    libusb_device_descriptor desc{};
    if (libusb_get_device_descriptor(device, &desc) != 0) return 0;
    static_cast<HotplugWatcher*>(self)->on_usb_event(event == LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED, desc.idVendor,
                                                     desc.idProduct);
    return 0;  // stay registered
}

}  // namespace

std::string_view hotplug_kind_name(HotplugEvent::Kind kind) {
    switch (kind) {
        case HotplugEvent::Kind::Arrived: return "arrived";
        case HotplugEvent::Kind::Left: return "left";
        case HotplugEvent::Kind::Rescan: return "rescan";
    }
    return "unknown";
}

HotplugWatcher::HotplugWatcher(Handler handler, Millis fallback)
    : m_handler(std::move(handler)), m_fallback(fallback) {}

HotplugWatcher::~HotplugWatcher() { stop(); }

void HotplugWatcher::on_usb_event(bool arrived, std::uint16_t vendor, std::uint16_t product) {
    HotplugEvent event;
    event.kind = arrived ? HotplugEvent::Kind::Arrived : HotplugEvent::Kind::Left;
    event.subsystem = "usb";
    event.vendor = vendor;
    event.product = product;
    if (m_state) m_state->queue(std::move(event));
    else if (m_handler) m_handler(event);  // not started: straight through (tests)
}

void HotplugWatcher::start() {
    if (m_running.exchange(true)) return;
    m_state = std::make_unique<State>();
    m_state->wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    // libusb enumerates at init: the kiosk scans once itself, events cover what comes later.
    if (libusb_init(&m_state->usb) != 0) m_state->usb = nullptr;
    if (m_state->usb && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
        const int events = LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT;
        m_usb_hotplug = libusb_hotplug_register_callback(
                            m_state->usb, events, LIBUSB_HOTPLUG_NO_FLAGS,
                            LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, usb_callback,
                            this, &m_state->callback) == LIBUSB_SUCCESS;
    }
    m_state->udev_ctx = udev_new();
    if (m_state->udev_ctx) {
        m_state->monitor = udev_monitor_new_from_netlink(m_state->udev_ctx, "udev");
        if (m_state->monitor && (udev_monitor_filter_add_match_subsystem_devtype(m_state->monitor, "tty", nullptr) < 0 ||
                                 udev_monitor_enable_receiving(m_state->monitor) < 0)) {
            udev_monitor_unref(m_state->monitor);
            m_state->monitor = nullptr;
        }
    }
    m_thread = std::thread([this] { run(); });
}

void HotplugWatcher::stop() {
    if (!m_running.exchange(false)) return;
    const std::uint64_t one = 1;
    [[maybe_unused]] const auto n = ::write(m_state->wake, &one, sizeof one);
    if (m_thread.joinable()) m_thread.join();
    m_state.reset();
    m_usb_hotplug = false;
}

void HotplugWatcher::dispatch() {
    std::vector<HotplugEvent> events;
    {
        std::lock_guard lock(m_state->mutex);
        events.swap(m_state->pending);
    }
    if (m_handler)
        for (const auto& e : events) m_handler(e);
}

void HotplugWatcher::run() {
    State& s = *m_state;
    while (m_running) {
        std::vector<pollfd> fds{{s.wake, POLLIN, 0}};
        const std::size_t monitor_at = fds.size();
        if (s.monitor) fds.push_back({udev_monitor_get_fd(s.monitor), POLLIN, 0});
        const std::size_t usb_at = fds.size();
        if (m_usb_hotplug) {
            const libusb_pollfd** list = libusb_get_pollfds(s.usb);
            for (std::size_t i = 0; list && list[i]; ++i) fds.push_back({list[i]->fd, list[i]->events, 0});
            libusb_free_pollfds(list);
        }
        // Blocks until something happens: no timeout at all when libusb delivers hotplug.
        const int ready = ::poll(fds.data(), fds.size(), m_usb_hotplug ? -1 : static_cast<int>(m_fallback.count()));
        if (ready < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (ready == 0) s.queue(HotplugEvent{});  // fallback: rescan
        if (fds[0].revents & POLLIN) {
            std::uint64_t count = 0;
            [[maybe_unused]] const auto n = ::read(s.wake, &count, sizeof count);
        }
        if (s.monitor && (fds[monitor_at].revents & POLLIN)) {
            if (udev_device* d = udev_monitor_receive_device(s.monitor)) {
                const char* action = udev_device_get_action(d);
                const std::string act = action ? action : "";
                if (act == "add" || act == "remove") {
                    HotplugEvent event;
                    event.kind = act == "add" ? HotplugEvent::Kind::Arrived : HotplugEvent::Kind::Left;
                    event.subsystem = "tty";
                    const char* node = udev_device_get_devnode(d);
                    event.node = node ? node : "";
                    s.queue(std::move(event));
                }
                udev_device_unref(d);
            }
        }
        bool usb_ready = false;
        for (std::size_t i = usb_at; i < fds.size(); ++i) usb_ready = usb_ready || fds[i].revents != 0;
        if (usb_ready) {
            timeval zero{0, 0};
            libusb_handle_events_timeout_completed(s.usb, &zero, nullptr);  // runs usb_callback
        }
        dispatch();
    }
}

}  // namespace gc::devices
