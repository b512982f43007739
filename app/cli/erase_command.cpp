#include "cli/commands.hpp"
#include "cli/store_cli.hpp"

namespace gc::cli {

void add_erase_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("erase", "Erase a participant and everything of theirs, for good");
    auto options = store_cli::add_options(cmd);
    auto card_code = std::make_shared<std::string>();
    cmd->add_option("CARDCODE", *card_code, "The participant's card code")->required();
    cmd->callback([options, card_code, &exit_code] {
        store_cli::run_on_store(*options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto status = store.erase_participant(*card_code, store_cli::kActor, store::wall_now());
            if (!status) return status.error();
            return std::string("erased 1 participant\n");  // the code itself is not echoed into logs
        });
    });
}

}  // namespace gc::cli
