#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_erase_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("erase", "Erase a participant and everything of theirs, for good");
    auto options = store_cli::add_options(cmd);
    auto card_code = std::make_shared<std::string>();
    cmd->add_option("CARDCODE", *card_code, "The participant's card code")->required();
    cmd->callback([options, card_code, &exit_code] {
        auto store = store_cli::open(*options, false, exit_code);
        if (!store) return;
        if (auto status = store->erase_participant(*card_code, store_cli::kActor, store::wall_now()); !status) {
            exit_code = store_cli::report(status.error());
            return;
        }
        std::cout << "erased 1 participant\n";  // the code itself is not echoed into logs
        exit_code = 0;
    });
}

}  // namespace gc::cli
