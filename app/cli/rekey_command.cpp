#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_rekey_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("rekey", std::string("Change the passphrase (new one from $") +
                                                store_cli::kNewPassphraseEnv + " or --new-passphrase-file)");
    auto options = store_cli::add_options(cmd);
    auto new_file = std::make_shared<std::string>();
    cmd->add_option("--new-passphrase-file", *new_file, "File holding the new passphrase");
    cmd->callback([options, new_file, &exit_code] {
        // Read before opening, so a missing new passphrase is bad input, not a half-done rekey.
        auto new_passphrase = store_cli::read_passphrase(*new_file, store_cli::kNewPassphraseEnv);
        if (!new_passphrase) {
            exit_code = store_cli::report(new_passphrase.error());
            return;
        }
        store_cli::run_on_store(*options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto status = store.rekey(new_passphrase.value(), store_cli::kActor, store::wall_now());
            if (!status) return status.error();
            return std::string("passphrase changed\n");
        });
    });
}

}  // namespace gc::cli
