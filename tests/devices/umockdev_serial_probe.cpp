// Runs a serial driver the way the kiosk does (termios port + StreamConnection) against a
// port emulated by umockdev-run with a tty script:
//   umockdev_serial_probe <tty> <driver> <expected> [command...]
// Sends each command (CR LF appended), collects results for up to 3 s and exits 0 when one
// result line contains <expected> (lines: "reading weight=89.2 ..." / "error stepped_off").
#include "devices/connections.hpp"
#include "devices/protocol/text.hpp"
#include "devices/transport/serial_port.hpp"

#include <chrono>
#include <iostream>
#include <sstream>

using namespace gc::devices;

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: umockdev_serial_probe <tty> <driver> <expected> [command...]\n";
        return 2;
    }
    const std::string expected = argv[3];
    StreamConnection connection(std::make_shared<SerialPort>(argv[1], SerialFormat{}), make_driver(argv[2]), gc::Millis(300));
    if (!connection.connect()) {
        std::cerr << "cannot open " << argv[1] << "\n";
        return 1;
    }
    for (int i = 4; i < argc; ++i) connection.send(to_bytes(std::string(argv[i]) + "\r\n"));
    bool found = false;
    auto report = [&](std::vector<DecodeResult>& results) {
        for (const auto& r : results) {
            std::ostringstream line;
            if (const auto* e = as_error(r)) line << "error " << error_code_name(e->code);
            else {
                line << "reading";
                for (const auto& v : std::get<Reading>(r).values) line << " " << gc::measure_name(v.measure) << "=" << v.value;
            }
            std::cout << line.str() << "\n";
            found = found || line.str().find(expected) != std::string::npos;
        }
        results.clear();
    };
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    std::vector<DecodeResult> results;
    bool alive = true;
    while (alive && !found && std::chrono::steady_clock::now() < deadline) {
        alive = connection.poll(results, gc::Millis(50));
        report(results);
    }
    connection.disconnect(results);  // a hangup mid-frame reports the partial frame
    report(results);
    return found ? 0 : 1;
}
