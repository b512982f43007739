#pragma once
// A Tanita on a PTY, driven by the real encoder: push mode (measure() sends a frame now) and
// PC mode (D1..D4 are echoed and remembered, G1 measures with them; a bad value gets "D3!").
#include "devices/sim/pty_device.hpp"
#include "devices/tanita/tanita.hpp"

namespace gc::devices {

class TanitaSimulator : public PtyDevice {
public:
    explicit TanitaSimulator(std::string link_path);
    void measure(const TanitaMeasurement& m);        // push mode
    void set_next_result(const TanitaMeasurement& m);  // what G1 will measure (PC mode)
    void fail_next(std::string error_code);           // G1 answers "E16" instead

private:
    void handle(const std::string& command);
    std::mutex m_state_mutex;
    TanitaMeasurement m_next;
    std::string m_fail;
};

}  // namespace gc::devices
