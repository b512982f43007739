#include "cli/commands.hpp"
#include "core/host/pin_lock.hpp"
#include "runtime/pin_hash.hpp"

#include <iostream>
#include <string>

namespace gc::cli {

// For kiosk.toml's host-pin-hash: the PIN is read from standard input (not the command line,
// which other users can see in the process list).
void add_pin_hash_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("pin-hash", "Read a host PIN (4-8 digits) on stdin and print the host-pin-hash line for kiosk.toml");
    cmd->callback([&exit_code] {
        std::string pin;
        std::getline(std::cin, pin);
        if (!PinLock::valid_pin(pin)) {
            std::cerr << "groepsconsult pin-hash: the PIN must be 4 to 8 digits\n";
            exit_code = 2;
            return;
        }
        const auto hash = hash_pin(pin);
        if (!hash) {
            std::cerr << "groepsconsult pin-hash: this system cannot make a yescrypt hash\n";
            exit_code = 1;
            return;
        }
        std::cout << "host-pin-hash = \"" << *hash << "\"\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
