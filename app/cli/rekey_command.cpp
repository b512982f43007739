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
        auto new_passphrase = store_cli::read_passphrase(*new_file, store_cli::kNewPassphraseEnv);
        if (!new_passphrase) {
            exit_code = store_cli::report(new_passphrase.error());
            return;
        }
        auto store = store_cli::open(*options, false, exit_code);
        if (!store) return;
        if (auto status = store->rekey(new_passphrase.value(), store_cli::kActor, store::wall_now()); !status) {
            exit_code = store_cli::report(status.error());
            return;
        }
        std::cout << "passphrase changed\n";
        exit_code = 0;
    });
}

}  // namespace gc::cli
