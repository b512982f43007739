#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_check_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "Check the database (decrypts every page) and count its contents");
    auto options = store_cli::add_options(cmd);
    cmd->callback([options, &exit_code] {
        auto store = store_cli::open(*options, false, exit_code);
        if (!store) return;
        if (auto status = store->check_integrity(); !status) {
            exit_code = store_cli::report(status.error());
            return;
        }
        auto counts = store->counts();
        if (!counts) {
            exit_code = store_cli::report(counts.error());
            return;
        }
        std::cout << "ok participants=" << counts.value().participants << " visits=" << counts.value().visits
                  << " measurements=" << counts.value().measurements << "\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
