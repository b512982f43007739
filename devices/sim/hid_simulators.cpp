#include "devices/sim/hid_simulators.hpp"

#include "devices/protocol/text.hpp"

#include <algorithm>

namespace gc::devices {

// ---- Omron 0590:0090 ------------------------------------------------------------------------
Omron7322Simulator::Omron7322Simulator()
    : SimulatedHid("omron-7322"), m_eeprom(2 * kOmron7322RecordsPerUser * kOmron7322RecordSize, 0xFF) {}

void Omron7322Simulator::finish(const Omron7322Record& record) {
    std::lock_guard lock(m_mutex);
    const Bytes bytes = encode_omron7322_record(record);
    const std::size_t slot = m_records++ % kOmron7322RecordsPerUser;
    std::copy(bytes.begin(), bytes.end(), m_eeprom.begin() + static_cast<std::ptrdiff_t>(slot * kOmron7322RecordSize));
    answer_start();
}

void Omron7322Simulator::press_start() {
    std::lock_guard lock(m_mutex);
    answer_start();
}

void Omron7322Simulator::answer_start() {
    m_start_pressed = true;
    if (m_start_asked) reply(omron7322_report(omron7322_session_reply()));
    m_start_asked = false;
}

void Omron7322Simulator::corrupt_next_reply() {
    std::lock_guard lock(m_mutex);
    m_corrupt = true;
}

void Omron7322Simulator::on_output(const Bytes& report) {
    if (report.size() < 9 || report[0] != 0x02) return;
    const Bytes packet(report.begin() + 1, report.begin() + 1 + report[1]);
    if (packet == omron7322_start_command()) {
        if (m_start_pressed) reply(omron7322_report(omron7322_session_reply()));
        else m_start_asked = true;  // not pressed: the real monitor stays silent until it is
        return;
    }
    if (packet == omron7322_end_command()) {
        m_start_pressed = false;
        return;
    }
    if (packet.size() == 8 && packet[1] == 0x01) {
        const std::size_t address = static_cast<std::size_t>((packet[3] << 8) | packet[4]);
        const std::size_t count = packet[5];
        Bytes data(count, 0xFF);
        for (std::size_t i = 0; i < count; ++i) {
            const std::size_t at = address + i - kOmron7322RecordBase;
            if (address + i >= kOmron7322RecordBase && at < m_eeprom.size()) data[i] = m_eeprom[at];
        }
        Bytes rep = omron7322_report(omron7322_read_reply(static_cast<std::uint16_t>(address), data));
        if (m_corrupt) {
            rep[10] ^= 0x01;
            m_corrupt = false;
        }
        reply(rep);
    }
}

// ---- Omron 0590:0028 ------------------------------------------------------------------------
void Omron790Simulator::finish(const Omron790Record& record) {
    std::lock_guard lock(m_mutex);
    m_records.push_back(record);
}

void Omron790Simulator::busy_replies(int count) {
    std::lock_guard lock(m_mutex);
    m_busy = count;
}

void Omron790Simulator::send(const Bytes& message) {
    for (auto& r : omron790_reports(message)) reply(std::move(r));
}

void Omron790Simulator::on_output(const Bytes& report) {
    if (report.empty() || report[0] == 0 || report[0] > 7) return;
    const Bytes payload(report.begin() + 1, report.begin() + 1 + report[0]);
    if (m_command.empty() && std::all_of(payload.begin(), payload.end(), [](std::uint8_t b) { return b == 0; })) {
        m_zeros += payload.size();
        if (m_zeros >= 12) {  // the clearing block: answer "OK"
            m_zeros = 0;
            send(to_bytes("OK"));
        }
        return;
    }
    m_command.insert(m_command.end(), payload.begin(), payload.end());
    const std::string letters(m_command.begin(), m_command.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(3, m_command.size())));
    if ((letters == "GDC" || letters == "GME") && m_command.size() >= 8) {
        if (letters == "GDC") send(omron790_count_reply(static_cast<int>(m_records.size())));
        else if (m_busy > 0) {
            --m_busy;
            send(to_bytes("NO"));
        } else {
            const std::size_t index = m_command[6];
            if (index < m_records.size()) send(omron790_gme_reply(m_records[index]));
            else send(to_bytes("NO"));
        }
        m_command.clear();
    } else if (letters == "END" && m_command.size() >= 5) {
        send(to_bytes("OFF\r\n"));
        m_command.clear();
    } else if (m_command.size() >= 8) {
        m_command.clear();  // unknown command: the monitor ignores it
    }
}

// ---- Contour Next ---------------------------------------------------------------------------
void ContourSimulator::add_result(const ContourResult& result) {
    std::lock_guard lock(m_mutex);
    m_results.push_back(result);
}

void ContourSimulator::corrupt_frame_once(std::size_t index) {
    std::lock_guard lock(m_mutex);
    m_corrupt = index;
}

std::size_t ContourSimulator::naks_received() const {
    std::lock_guard lock(m_mutex);
    return m_naks;
}

void ContourSimulator::send_link(const Bytes& link) {
    for (auto& r : contour_reports(link)) reply(std::move(r));
}

void ContourSimulator::send_current() {
    if (m_next >= m_frames.size()) {
        send_link({astm::EOT});
        m_sending = false;
        return;
    }
    Bytes frame = m_frames[m_next];
    if (m_corrupt && *m_corrupt == m_next) {
        frame[frame.size() - 4] = frame[frame.size() - 4] == '0' ? '1' : '0';  // wrong checksum digit
        m_corrupt.reset();
    }
    send_link(frame);
}

void ContourSimulator::on_output(const Bytes& report) {
    if (report.size() < 5 || report[3] == 0) return;
    const std::uint8_t control = report[4];
    if (control == astm::EOT && !m_sending) {
        m_frames = contour_transfer_frames(m_meter, m_results);
        m_next = 0;
        m_sending = true;
        send_link({astm::ENQ});
    } else if (control == astm::ACK && m_sending) {  // the first ACK answers the ENQ, later ones a frame
        send_current();
        ++m_next;
    } else if (control == astm::NAK && m_sending) {
        ++m_naks;
        if (m_next > 0) --m_next;
        send_current();
        ++m_next;
    }
}

}  // namespace gc::devices
