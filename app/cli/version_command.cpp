#include "cli/commands.hpp"
#include "runtime/version.hpp"

#include <iostream>

namespace gc::cli {

void add_version_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("version", "Print the version and exit");
    cmd->callback([&exit_code] {
        std::cout << "groepsconsult " << kVersion << "\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
