#pragma once
// In-process USB devices speaking their real protocols through the real encoders.
#include "devices/contour/contour.hpp"
#include "devices/omron/omron7322.hpp"
#include "devices/omron/omron790.hpp"
#include "devices/sim/simulated_hid.hpp"

namespace gc::devices {

// HEM-7322U: EEPROM with 2 x 100 records; answers "start" only after START was pressed
// (finish() = the participant's measurement is done and they press the transfer button).
class Omron7322Simulator final : public SimulatedHid {
public:
    Omron7322Simulator();
    void finish(const Omron7322Record& record);
    void press_start();
    void corrupt_next_reply();  // fault: one bit flipped in the next read reply

private:
    void on_output(const Bytes& report) override;
    void on_plug_in() override { m_start_asked = false; }
    void answer_start();  // lock held
    Bytes m_eeprom;
    std::size_t m_records = 0;
    bool m_start_pressed = false;
    bool m_start_asked = false;  // a "start" came before START was pressed: answered on the press
    bool m_corrupt = false;
};

// HEM-790IT family: mode switch, 12-zero wake-up, GDC and GME over 8-byte reports.
class Omron790Simulator final : public SimulatedHid {
public:
    Omron790Simulator() : SimulatedHid("omron-790") {}
    void finish(const Omron790Record& record);
    void busy_replies(int count);  // fault: the next `count` GME answer "NO"

private:
    void on_output(const Bytes& report) override;
    void send(const Bytes& message);
    std::vector<Omron790Record> m_records;
    Bytes m_command;
    std::size_t m_zeros = 0;
    int m_busy = 0;
};

// Contour Next USB: on the host's EOT it sends ENQ, then one frame per ACK (repeating a
// NAKed one), then EOT. Its memory holds every result since it was last plugged in.
class ContourSimulator final : public SimulatedHid {
public:
    explicit ContourSimulator(ContourMeter meter = {}) : SimulatedHid("contour"), m_meter(std::move(meter)) {}
    void add_result(const ContourResult& result);
    void corrupt_frame_once(std::size_t index);  // fault: that frame's first copy has a bad checksum
    std::size_t naks_received() const;

private:
    void on_output(const Bytes& report) override;
    void on_plug_in() override { m_sending = false; }  // a replugged meter starts afresh
    void send_link(const Bytes& link_bytes);
    void send_current();
    ContourMeter m_meter;
    std::vector<ContourResult> m_results;
    std::vector<Bytes> m_frames;
    std::size_t m_next = 0;
    bool m_sending = false;
    std::optional<std::size_t> m_corrupt;
    std::size_t m_naks = 0;
};

}  // namespace gc::devices
