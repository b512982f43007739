#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_check_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("check", "Check the database (decrypts every page) and count its contents");
    auto options = store_cli::add_options(cmd);
    cmd->callback([options, &exit_code] {
        store_cli::run_on_store(*options, false, exit_code, [](store::Store& store) -> store::Result<std::string> {
            if (auto status = store.check_integrity(); !status) return status.error();
            auto counts = store.counts();
            if (!counts) return counts.error();
            return "ok participants=" + std::to_string(counts.value().participants) +
                   " visits=" + std::to_string(counts.value().visits) +
                   " measurements=" + std::to_string(counts.value().measurements) + "\n";
        });
    });
}

}  // namespace gc::cli
