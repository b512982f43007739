#pragma once
// The demo device set: the real drivers and workers against simulators. Serial devices
// (Tanita, scanner) run on PTYs through termios; USB devices (Omron HEM-7322U, Contour Next)
// are in-process HidLinks. The host-mode demo control panel calls the methods below; results
// arrive in the ReadingQueue exactly as from real devices.
#include "devices/filter.hpp"
#include "devices/sim/hid_simulators.hpp"
#include "devices/sim/tanita_sim.hpp"
#include "devices/worker.hpp"

#include <memory>
#include <vector>

namespace gc::devices {

struct DeviceStatus {
    std::string id;         // "tanita", "omron", "contour", "scanner"
    std::string driver;     // "tanita", "omron-7322", ...
    std::string transport;  // "/tmp/.../tanita" or "simulated omron-7322"
    DeviceState state = DeviceState::Stopped;
};

DeviceTime device_time_now();  // local wall clock as a device would stamp it

class DemoDevices {
public:
    // pty_dir: where the PTY links are made (e.g. $XDG_RUNTIME_DIR/groepsconsult-demo).
    DemoDevices(ReadingQueue& queue, const Plausibility& plausibility, std::string pty_dir);
    ~DemoDevices();
    DemoDevices(const DemoDevices&) = delete;
    DemoDevices& operator=(const DemoDevices&) = delete;

    bool start();  // plugs every simulator in and starts the workers
    void stop();

    // The control panel:
    void tanita_measures(const TanitaMeasurement& m);         // "Tanita meet"
    void omron_finishes(int systolic, int diastolic, int pulse);  // "Omron klaar"
    void meter_plugged_in(double glucose_mmol);                // "meter ingeplugd" (with a new result)
    void scan_card(const std::string& code);                   // "kaart scannen"
    bool unplug(std::string_view id);                          // "los"
    bool plug_in(std::string_view id);
    // A host command to a device (Tanita PC mode), written by its worker like a real one.
    bool send(std::string_view id, const Bytes& command);

    std::vector<DeviceStatus> status() const;
    std::string link_path(std::string_view id) const;  // PTY link of a serial device

private:
    std::string m_dir;
    std::unique_ptr<TanitaSimulator> m_tanita;
    std::unique_ptr<PtyDevice> m_scanner;
    std::shared_ptr<Omron7322Simulator> m_omron;
    std::shared_ptr<ContourSimulator> m_contour;
    std::vector<std::unique_ptr<DeviceWorker>> m_workers;
    std::vector<std::string> m_drivers;
};

}  // namespace gc::devices
