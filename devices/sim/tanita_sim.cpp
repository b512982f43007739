#include "devices/sim/tanita_sim.hpp"

#include "devices/protocol/text.hpp"

namespace gc::devices {

TanitaSimulator::TanitaSimulator(std::string link_path) : PtyDevice(std::move(link_path)) {
    on_command([this](const std::string& line) { handle(line); });
}

void TanitaSimulator::measure(const TanitaMeasurement& m) { write(encode_tanita_frame(tanita_sc330_pairs(m))); }

void TanitaSimulator::set_next_result(const TanitaMeasurement& m) {
    std::lock_guard lock(m_state_mutex);
    m_next = m;
}

void TanitaSimulator::fail_next(std::string error_code) {
    std::lock_guard lock(m_state_mutex);
    m_fail = std::move(error_code);
}

void TanitaSimulator::handle(const std::string& command) {
    std::lock_guard lock(m_state_mutex);
    const std::string key = command.substr(0, 2);
    const std::string arg = command.size() > 2 ? command.substr(2) : std::string();
    if (key == "D1") {
        if (arg != "1" && arg != "2") return void(write(to_bytes("D1!\r\n")));
        m_next.sex = arg == "1" ? Sex::Male : Sex::Female;
    } else if (key == "D2") {
        if (arg != "0" && arg != "2") return void(write(to_bytes("D2!\r\n")));
    } else if (key == "D3") {
        const auto cm = parse_number(arg);
        if (!cm || *cm < 90 || *cm > 249) return void(write(to_bytes("D3!\r\n")));
        m_next.height_cm = *cm;
    } else if (key == "D4") {
        const auto age = parse_int(arg);
        if (!age || *age < 7 || *age > 99) return void(write(to_bytes("D4!\r\n")));
        m_next.age = *age;
    } else if (key == "G1") {
        write(to_bytes("G1\r\n"));
        if (!m_fail.empty()) {
            write(to_bytes(m_fail + "\r\n"));
            m_fail.clear();
        } else {
            write(encode_tanita_frame(tanita_sc330_pairs(m_next)));
        }
        return;
    } else {
        return void(write(to_bytes("!\r\n")));
    }
    write(to_bytes(key + "\r\n"));
}

}  // namespace gc::devices
