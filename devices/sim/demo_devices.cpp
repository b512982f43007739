#include "devices/sim/demo_devices.hpp"

#include "devices/connections.hpp"
#include "devices/scanner/scanner.hpp"
#include "devices/transport/serial_port.hpp"

#include <ctime>
#include <sys/stat.h>

namespace gc::devices {

DeviceTime device_time_now() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return DeviceTime{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday, local.tm_hour, local.tm_min, local.tm_sec};
}

DemoDevices::DemoDevices(ReadingQueue& queue, const Plausibility& plausibility, std::string pty_dir)
    : m_dir(std::move(pty_dir)) {
    ::mkdir(m_dir.c_str(), 0700);
    m_tanita = std::make_unique<TanitaSimulator>(m_dir + "/tanita");
    m_scanner = std::make_unique<PtyDevice>(m_dir + "/scanner");
    m_omron = std::make_shared<Omron7322Simulator>();
    m_contour = std::make_shared<ContourSimulator>();

    auto add = [&](std::string id, std::string driver, std::unique_ptr<DeviceConnection> c) {
        m_workers.push_back(std::make_unique<DeviceWorker>(std::move(id), std::move(c), queue, ReadingGate(plausibility)));
        m_drivers.push_back(std::move(driver));
    };
    add("tanita", "tanita",
        std::make_unique<StreamConnection>(std::make_shared<SerialPort>(m_dir + "/tanita", SerialFormat{}), make_driver("tanita")));
    add("omron", "omron-7322", std::make_unique<Omron7322Connection>(m_omron, Millis(5000)));  // answered on START
    add("contour", "contour", std::make_unique<ContourConnection>(m_contour));
    add("scanner", "scanner",
        std::make_unique<StreamConnection>(std::make_shared<SerialPort>(m_dir + "/scanner", SerialFormat{}), make_driver("scanner")));
}

DemoDevices::~DemoDevices() { stop(); }

bool DemoDevices::start() {
    bool ok = m_tanita->plug_in() && m_scanner->plug_in();
    m_omron->plug_in();
    m_contour->plug_in();
    for (auto& w : m_workers) w->start();
    return ok;
}

void DemoDevices::stop() {
    for (auto& w : m_workers) w->stop();
    m_tanita->unplug();
    m_scanner->unplug();
}

void DemoDevices::tanita_measures(const TanitaMeasurement& m) {
    TanitaMeasurement stamped = m;
    stamped.time = device_time_now();
    m_tanita->measure(stamped);
}

void DemoDevices::omron_finishes(int systolic, int diastolic, int pulse) {
    m_omron->finish(Omron7322Record{systolic, diastolic, pulse, device_time_now()});
}

void DemoDevices::meter_plugged_in(double glucose_mmol) {
    m_contour->unplug();  // the meter was away for the measurement
    m_contour->add_result(ContourResult{glucose_mmol, "", device_time_now()});
    m_contour->plug_in();
}

void DemoDevices::scan_card(const std::string& code) { m_scanner->write(encode_scanner_line(code)); }

bool DemoDevices::unplug(std::string_view id) {
    if (id == "tanita") m_tanita->unplug();
    else if (id == "scanner") m_scanner->unplug();
    else if (id == "omron") m_omron->unplug();
    else if (id == "contour") m_contour->unplug();
    else return false;
    return true;
}

bool DemoDevices::plug_in(std::string_view id) {
    bool ok = true;
    if (id == "tanita") ok = m_tanita->plug_in();
    else if (id == "scanner") ok = m_scanner->plug_in();
    else if (id == "omron") m_omron->plug_in();
    else if (id == "contour") m_contour->plug_in();
    else return false;
    for (auto& w : m_workers)  // what a hotplug event does for a real device: reconnect now
        if (w->id() == id) w->wake();
    return ok;
}

bool DemoDevices::send(std::string_view id, const Bytes& command) {
    for (auto& w : m_workers) {
        if (w->id() != id) continue;
        w->send(command);
        return true;
    }
    return false;
}

std::vector<DeviceStatus> DemoDevices::status() const {
    std::vector<DeviceStatus> out;
    for (std::size_t i = 0; i < m_workers.size(); ++i)
        out.push_back(DeviceStatus{m_workers[i]->id(), m_drivers[i], m_workers[i]->describe(), m_workers[i]->state()});
    return out;
}

std::string DemoDevices::link_path(std::string_view id) const { return m_dir + "/" + std::string(id); }

}  // namespace gc::devices
