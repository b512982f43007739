#include "devices/connections.hpp"

#include <algorithm>

namespace gc::devices {
namespace {

using SteadyClock = std::chrono::steady_clock;

void append(std::vector<DecodeResult>& out, std::vector<DecodeResult>&& more) {
    for (auto& r : more) out.push_back(std::move(r));
}

bool write_all(HidLink& link, const std::vector<Bytes>& reports) {
    for (const auto& r : reports)
        if (link.write_report(r) != IoStatus::Ok) return false;
    return true;
}

// Reads and throws away what is still queued from an earlier exchange.
void drain(HidLink& link) {
    Bytes stale;
    for (int i = 0; i < 16 && link.read_report(stale, Millis(1)) == IoStatus::Ok; ++i) {}
}

}  // namespace

// ---- serial push devices ------------------------------------------------------------------
bool StreamConnection::poll(std::vector<DecodeResult>& out, Millis budget) {
    Bytes data;
    if (m_pending) {  // wake up in time to report a truncated frame
        const auto left = std::chrono::duration_cast<Millis>(m_last_data + m_frame_timeout - SteadyClock::now());
        budget = std::clamp(left + Millis(1), Millis(0), budget);
    }
    const IoStatus status = m_link->read(data, budget);
    const auto now = SteadyClock::now();
    if (status == IoStatus::Ok) {
        append(out, m_driver->feed(data));
        m_pending = true;
        m_last_data = now;
        return true;
    }
    if (status == IoStatus::Timeout) {
        if (m_pending && now - m_last_data >= m_frame_timeout) {
            append(out, m_driver->flush());
            m_pending = false;
        }
        return true;
    }
    return false;
}

void StreamConnection::disconnect(std::vector<DecodeResult>& out) {
    append(out, m_driver->flush());
    m_pending = false;
    m_link->close();
}

// ---- Omron 0590:0028 ------------------------------------------------------------------------
bool Omron790Connection::connect() {
    if (!m_link->open()) return false;
    m_framer = Omron790Framer();
    m_downloaded = 0;
    m_next_check = SteadyClock::now();
    return true;
}

Omron790Connection::Step Omron790Connection::exchange(const Bytes& command, std::size_t ok_length, Bytes& reply) {
    drain(*m_link);
    m_framer = Omron790Framer();
    m_framer.expect_ok_length(ok_length);
    if (!write_all(*m_link, omron790_reports(command))) return Step::Gone;
    Bytes report;
    for (int waits = 0; waits < 5;) {
        const IoStatus status = m_link->read_report(report, Millis(200));
        if (status == IoStatus::Disconnected) return Step::Gone;
        if (status != IoStatus::Ok) {
            ++waits;
            continue;
        }
        auto frames = m_framer.push(report.data(), report.size());
        if (!frames.empty()) {
            reply = frames.front();
            return Step::Done;
        }
    }
    return Step::Failed;
}

bool Omron790Connection::wake_up() {
    // libomron: mode switch, then 12 zero bytes, then read until a report starts with "OK".
    if (m_link->set_feature({kOmron790ModeDaily >> 8, kOmron790ModeDaily & 0xFF}) == IoStatus::Disconnected) return false;
    drain(*m_link);
    for (int attempt = 0; attempt < 3; ++attempt) {
        if (!write_all(*m_link, omron790_reports(Bytes(12, 0)))) return false;
        Bytes report;
        for (int i = 0; i < 5; ++i) {
            const IoStatus status = m_link->read_report(report, Millis(100));
            if (status == IoStatus::Disconnected) return false;
            if (status == IoStatus::Ok && report.size() >= 3 && report[1] == 'O' && report[2] == 'K') return true;
        }
    }
    return false;
}

bool Omron790Connection::poll(std::vector<DecodeResult>& out, Millis budget) {
    if (const auto now = SteadyClock::now(); now < m_next_check) {
        Bytes report;  // the monitor sends nothing unsolicited: this only notices an unplug
        const auto left = std::chrono::duration_cast<Millis>(m_next_check - now) + Millis(1);
        return m_link->read_report(report, std::min(budget, left)) != IoStatus::Disconnected;
    }
    m_next_check = SteadyClock::now() + m_recheck;
    if (!wake_up()) {
        Bytes probe;
        return m_link->read_report(probe, Millis(1)) != IoStatus::Disconnected;
    }
    Bytes reply;
    Step step = exchange(omron790_gdc_command(0), 8, reply);
    if (step == Step::Gone) return false;
    if (step == Step::Failed) return true;
    auto count = decode_omron790_count(reply);
    if (auto* err = std::get_if<DeviceError>(&count)) {
        if (err->code != DeviceErrorCode::Busy) out.emplace_back(std::move(*err));
        return true;
    }
    const int stored = std::get<int>(count);
    for (int index = m_downloaded; index < stored; ++index) {
        for (int attempt = 0; attempt < 3; ++attempt) {  // "NO" = not ready: retry
            step = exchange(omron790_gme_command(0, index), kOmron790GmeLength, reply);
            if (step == Step::Gone) return false;
            if (step == Step::Failed) continue;
            DecodeResult r = decode_omron790_gme(reply);
            const auto* err = as_error(r);
            if (err && err->code == DeviceErrorCode::Busy) continue;
            out.push_back(std::move(r));
            break;
        }
    }
    m_downloaded = stored;
    return true;
}

void Omron790Connection::disconnect(std::vector<DecodeResult>& out) {
    Bytes partial = m_framer.take_partial();
    if (!partial.empty())
        out.emplace_back(DeviceError{DeviceErrorCode::Truncated, "unplugged mid-reply", partial, {"omron-790", "HEM-790IT", "", ""}});
    m_link->close();
}

// ---- Omron 0590:0090 ------------------------------------------------------------------------
bool Omron7322Connection::connect() { return m_link->open(); }

bool Omron7322Connection::poll(std::vector<DecodeResult>& out, Millis /*budget*/) {
    DeviceIdentity device{"omron-7322", "HEM-7322U", m_link->identity().serial, ""};
    m_driver = std::make_unique<Omron7322Driver>(DriverOptions{}, device);
    drain(*m_link);
    // The monitor answers "start" only once the participant has pressed START (§2.2).
    if (m_link->write_report(omron7322_report(omron7322_start_command())) == IoStatus::Disconnected) return false;
    Bytes report;
    const auto deadline = SteadyClock::now() + m_start_wait;
    // One blocking wait: the reply, the deadline or wake() (stop, a command) ends it.
    for (auto now = SteadyClock::now(); !m_driver->session_started() && now < deadline; now = SteadyClock::now()) {
        const IoStatus status =
            m_link->read_report(report, std::chrono::duration_cast<Millis>(deadline - now) + Millis(1));
        if (status == IoStatus::Disconnected) return false;
        if (status != IoStatus::Ok) break;
        append(out, m_driver->feed(report));
    }
    if (!m_driver->session_started()) return true;  // not pressed yet: ask again next poll

    const std::size_t bytes = 2 * kOmron7322RecordsPerUser * kOmron7322RecordSize;
    for (std::size_t offset = 0; offset < bytes; offset += kOmron7322BlockSize) {
        const auto address = static_cast<std::uint16_t>(kOmron7322RecordBase + offset);
        const auto count = static_cast<std::uint8_t>(std::min(kOmron7322BlockSize, bytes - offset));
        if (m_link->write_report(omron7322_report(omron7322_read_command(address, count))) == IoStatus::Disconnected)
            return false;
        const IoStatus status = m_link->read_report(report, Millis(1000));
        if (status == IoStatus::Disconnected) return false;
        if (status != IoStatus::Ok) {
            out.emplace_back(DeviceError{DeviceErrorCode::Timeout, "no reply to an EEPROM read", {}, device});
            return true;
        }
        append(out, m_driver->feed(report));
    }
    m_link->write_report(omron7322_report(omron7322_end_command()));
    return true;
}

void Omron7322Connection::disconnect(std::vector<DecodeResult>& out) {
    if (m_driver) append(out, m_driver->flush());
    m_link->close();
}

// ---- Contour Next ---------------------------------------------------------------------------
bool ContourConnection::send_control(std::uint8_t byte) {
    return m_link->write_report(contour_reports(Bytes{byte}).front()) == IoStatus::Ok;
}

bool ContourConnection::connect() {
    if (!m_link->open()) return false;
    m_driver = std::make_unique<ContourDriver>();
    m_unpacker = ContourReportUnpacker();
    m_done = false;
    return send_control(astm::EOT);  // "send me your records"
}

bool ContourConnection::poll(std::vector<DecodeResult>& out, Millis budget) {
    Bytes report;
    const IoStatus status = m_link->read_report(report, budget);
    if (status == IoStatus::Disconnected) return false;
    if (status != IoStatus::Ok || m_done) return true;
    std::vector<AstmEvent> events;
    for (auto& r : m_driver->feed_link(m_unpacker.push(report.data(), report.size()), &events)) {
        const auto* err = as_error(r);
        if (err && err->code == DeviceErrorCode::ChecksumMismatch) continue;  // NAKed below: the meter repeats it
        out.push_back(std::move(r));
    }
    for (const auto& ev : events) {
        if (ev.kind == AstmEvent::Kind::Enq) send_control(astm::ACK);
        else if (ev.kind == AstmEvent::Kind::Frame)
            send_control(std::holds_alternative<AstmFrame>(decode_astm_frame(ev.frame)) ? astm::ACK : astm::NAK);
        else if (ev.kind == AstmEvent::Kind::Eot) m_done = true;
    }
    return true;
}

void ContourConnection::disconnect(std::vector<DecodeResult>& out) {
    if (m_driver) append(out, m_driver->flush());
    m_link->close();
}

}  // namespace gc::devices
