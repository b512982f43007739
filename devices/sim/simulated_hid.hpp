#pragma once
// An in-process USB HID device behind the same HidLink interface as LibusbHid: the worker
// cannot tell it from a real one. Subclasses implement the device side (on_output/on_feature)
// and queue input reports with reply(). unplug() makes every call fail with Disconnected, as
// LIBUSB_ERROR_NO_DEVICE does; plug_in() lets open() succeed again.
#include "devices/transport/link.hpp"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace gc::devices {

class SimulatedHid : public HidLink {
public:
    explicit SimulatedHid(std::string name, std::string serial = "SIM0001")
        : m_name(std::move(name)), m_serial(std::move(serial)) {}

    bool open() override;
    IoStatus read_report(Bytes& report, Millis timeout) override;
    IoStatus write_report(const Bytes& report) override;
    IoStatus set_feature(const Bytes& data) override;
    void close() override;
    std::string describe() const override { return "simulated " + m_name; }
    void wake() override;
    DeviceIdentity identity() const override { return {"", "", m_serial, ""}; }

    void plug_in();
    void unplug();
    bool plugged_in() const;

protected:
    // Device side, called with the lock held; answer with reply().
    virtual void on_output(const Bytes& report) = 0;
    virtual void on_feature(const Bytes& /*data*/) {}
    virtual void on_plug_in() {}
    void reply(Bytes report);  // lock held
    mutable std::mutex m_mutex;

private:
    std::string m_name, m_serial;
    std::condition_variable m_cv;
    std::deque<Bytes> m_input;
    bool m_plugged = false;
    bool m_open = false;
    bool m_woken = false;
};

}  // namespace gc::devices
