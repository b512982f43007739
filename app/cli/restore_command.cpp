#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_restore_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "restore", "Restore the backup SRC (same passphrase) to --db, which must not exist yet");
    auto options = store_cli::add_options(cmd);
    auto source = std::make_shared<std::string>();
    cmd->add_option("SRC", *source, "Backup file made by `backup`")->required();
    cmd->callback([options, source, &exit_code] {
        auto passphrase = store_cli::read_passphrase(options->passphrase_file, store_cli::kPassphraseEnv);
        if (!passphrase) {
            exit_code = store_cli::report(passphrase.error());
            return;
        }
        auto status = store::Store::restore(*source, passphrase.value(), options->db, passphrase.value());
        if (!status) {
            exit_code = store_cli::report(status.error());
            return;
        }
        std::cout << "restored " << *source << " to " << options->db << "\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
