// groepsconsult: host and IT work from the command line (assess, store, export, devices, print).
#include "cli/commands.hpp"
#include "runtime/logging.hpp"
#include "runtime/version.hpp"

#include <iostream>

int main(int argc, char** argv) {
    gc::init_logging("groepsconsult", "warn");
    CLI::App app{"groepsconsult — tools for the groepsconsult kiosk (host and IT work)", "groepsconsult"};
    app.set_version_flag("--version", std::string("groepsconsult ") + gc::kVersion);
    app.require_subcommand(1);
    int exit_code = 0;
    gc::cli::register_commands(app, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }
    return exit_code;
}
