#pragma once
// Notices devices arriving and leaving without polling: libusb hotplug callbacks for USB
// (when libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) and a udev monitor on the "tty"
// subsystem for serial adapters, both waited for in one thread with poll() (plus an eventfd
// for stop()). Only where libusb has no hotplug does the thread wake every `fallback` to ask
// for a rescan. The handler runs on that thread, never inside a libusb callback.
#include "core/clock.hpp"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

namespace gc::devices {

struct HotplugEvent {
    enum class Kind { Arrived, Left, Rescan };  // Rescan: the fallback timer (no hotplug)
    Kind kind = Kind::Rescan;
    std::string subsystem;  // "usb" or "tty" (empty for Rescan)
    std::uint16_t vendor = 0, product = 0;  // usb only
    std::string node;       // tty: /dev/ttyUSB0 (when udev knows it)
};

std::string_view hotplug_kind_name(HotplugEvent::Kind kind);  // "arrived", "left", "rescan"

class HotplugWatcher {
public:
    using Handler = std::function<void(const HotplugEvent&)>;
    explicit HotplugWatcher(Handler handler, Millis fallback = Millis(2000));
    ~HotplugWatcher();
    HotplugWatcher(const HotplugWatcher&) = delete;
    HotplugWatcher& operator=(const HotplugWatcher&) = delete;

    void start();
    void stop();
    // Whether USB arrivals come as libusb hotplug events (false: the fallback rescan).
    bool usb_hotplug() const { return m_usb_hotplug; }

    // The libusb callback's work, public so a test can drive it without a bus: turns one
    // libusb event into a HotplugEvent and queues it for the handler.
    void on_usb_event(bool arrived, std::uint16_t vendor, std::uint16_t product);

private:
    struct State;
    void run();
    void dispatch();
    Handler m_handler;
    Millis m_fallback;
    std::unique_ptr<State> m_state;
    std::atomic<bool> m_running{false};
    bool m_usb_hotplug = false;
    std::thread m_thread;
};

}  // namespace gc::devices
