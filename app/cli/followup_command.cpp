#include "cli/commands.hpp"
#include "cli/store_cli.hpp"
#include "report/export/exports.hpp"

namespace gc::cli {

void add_followup_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("followup", "Call list (week 6) or invitation list (month 6) as CSV");
    auto options = store_cli::add_options(cmd);
    auto due = std::make_shared<std::string>();
    auto out = std::make_shared<std::string>();
    cmd->add_option("--due", *due, "week6 or month6")->required()->check(CLI::IsMember({"week6", "month6"}));
    cmd->add_option("--out", *out, "CSV file to write")->required();
    cmd->callback([options, due, out, &exit_code] {
        store_cli::run_on_store(*options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            const auto kind = exports::follow_up_due_from_name(*due).value_or(exports::FollowUpDue::Week6);
            auto done = exports::export_follow_up(store, kind, *out,
                                                  exports::ExportOptions{store_cli::kActor, store::wall_now()});
            if (!done) return done.error();
            return "listed " + std::to_string(done.value().exported) + " visits: " + *out + "\n";
        });
    });
}

}  // namespace gc::cli
