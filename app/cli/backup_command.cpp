#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_backup_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("backup", "Write an encrypted copy (same passphrase) to DEST");
    auto options = store_cli::add_options(cmd);
    auto destination = std::make_shared<std::string>();
    cmd->add_option("DEST", *destination, "Backup file to create (must not exist)")->required();
    cmd->callback([options, destination, &exit_code] {
        store_cli::run_on_store(*options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto passphrase = store_cli::read_passphrase(options->passphrase_file, store_cli::kPassphraseEnv);
            if (!passphrase) return passphrase.error();
            auto status = store.backup_to(*destination, passphrase.value(), store_cli::kActor, store::wall_now());
            if (!status) return status.error();
            return "backup written to " + *destination + "\n";
        });
    });
}

}  // namespace gc::cli
