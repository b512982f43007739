#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

#include <filesystem>

namespace gc::cli {

void add_init_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("init", "Create a new encrypted database");
    auto options = store_cli::add_options(cmd);
    cmd->callback([options, &exit_code] {
        std::error_code ec;
        if (std::filesystem::exists(options->db, ec)) {
            exit_code = store_cli::report({store::ErrorKind::AlreadyExists, "a database already exists at " + options->db});
            return;
        }
        store_cli::run_on_store(*options, true, exit_code, [&](store::Store&) -> store::Result<std::string> {
            return "created " + options->db + " schema=" + std::to_string(store::Store::schema_version()) + "\n";
        });
    });
}

}  // namespace gc::cli
