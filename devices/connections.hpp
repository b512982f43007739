#pragma once
// The dialogue of each device family on its transport (worker-thread side):
//   StreamConnection    serial push devices: Tanita (push + PC-mode commands), scanner
//   Omron790Connection  0590:0028: mode switch, wake-up, GDC count, GME per reading
//   Omron7322Connection 0590:0090: start session (answered after START), read EEPROM, end
//   ContourConnection   EOT -> ENQ/ACK -> frames (ACK good, NAK bad: the meter repeats) -> EOT
#include "devices/driver.hpp"
#include "devices/omron/omron7322.hpp"
#include "devices/omron/omron790.hpp"
#include "devices/contour/contour.hpp"
#include "devices/transport/link.hpp"
#include "devices/worker.hpp"

#include <chrono>
#include <memory>

namespace gc::devices {

class StreamConnection final : public DeviceConnection {
public:
    // frame_timeout: silence after which a partial frame is reported as truncated.
    StreamConnection(std::shared_ptr<ByteLink> link, std::unique_ptr<Driver> driver, Millis frame_timeout = Millis(500))
        : m_link(std::move(link)), m_driver(std::move(driver)), m_frame_timeout(frame_timeout) {}
    bool connect() override { return m_link->open(); }
    bool poll(std::vector<DecodeResult>& out, Millis budget) override;
    void disconnect(std::vector<DecodeResult>& out) override;
    void send(const Bytes& command) override { m_link->write(command); }
    void wake() override { m_link->wake(); }
    std::string describe() const override { return m_link->describe(); }

private:
    std::shared_ptr<ByteLink> m_link;
    std::unique_ptr<Driver> m_driver;
    Millis m_frame_timeout;
    bool m_pending = false;
    std::chrono::steady_clock::time_point m_last_data;
};

class Omron790Connection final : public DeviceConnection {
public:
    explicit Omron790Connection(std::shared_ptr<HidLink> link, Millis recheck = Millis(2000))
        : m_link(std::move(link)), m_recheck(recheck) {}
    bool connect() override;
    bool poll(std::vector<DecodeResult>& out, Millis budget) override;
    void disconnect(std::vector<DecodeResult>& out) override;
    void wake() override { m_link->wake(); }
    std::string describe() const override { return m_link->describe(); }

private:
    enum class Step { Failed, Done, Gone };
    Step exchange(const Bytes& command, std::size_t ok_length, Bytes& reply);
    bool wake_up();
    std::shared_ptr<HidLink> m_link;
    Millis m_recheck;
    Omron790Framer m_framer;
    int m_downloaded = 0;
    std::chrono::steady_clock::time_point m_next_check;
};

class Omron7322Connection final : public DeviceConnection {
public:
    explicit Omron7322Connection(std::shared_ptr<HidLink> link, Millis start_wait = Millis(1000))
        : m_link(std::move(link)), m_start_wait(start_wait) {}
    bool connect() override;
    bool poll(std::vector<DecodeResult>& out, Millis budget) override;
    void disconnect(std::vector<DecodeResult>& out) override;
    void wake() override { m_link->wake(); }
    std::string describe() const override { return m_link->describe(); }

private:
    std::shared_ptr<HidLink> m_link;
    Millis m_start_wait;
    std::unique_ptr<Omron7322Driver> m_driver;
};

class ContourConnection final : public DeviceConnection {
public:
    explicit ContourConnection(std::shared_ptr<HidLink> link) : m_link(std::move(link)) {}
    bool connect() override;
    bool poll(std::vector<DecodeResult>& out, Millis budget) override;
    void disconnect(std::vector<DecodeResult>& out) override;
    void wake() override { m_link->wake(); }
    std::string describe() const override { return m_link->describe(); }

private:
    bool send_control(std::uint8_t byte);
    std::shared_ptr<HidLink> m_link;
    std::unique_ptr<ContourDriver> m_driver;
    ContourReportUnpacker m_unpacker;
    bool m_done = false;
};

}  // namespace gc::devices
