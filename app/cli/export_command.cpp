#include "cli/commands.hpp"
#include "cli/sheet_cli.hpp"
#include "cli/store_cli.hpp"
#include "report/export/exports.hpp"

namespace gc::cli {
namespace {

using Run = std::function<store::Result<exports::ExportSummary>(store::Store&, const std::string& out)>;

// "exported 12 participants, skipped 3 (no consent): DIR"
std::string summary_line(const exports::ExportSummary& s, const char* what, const std::string& out) {
    return "exported " + std::to_string(s.exported) + " " + what + ", skipped " + std::to_string(s.skipped) +
           " (no consent): " + out + "\n";
}

// One `export <kind> --out PATH` subcommand.
void add_kind(CLI::App* parent, const char* name, const char* description, const char* what, Run run,
              int& exit_code) {
    auto* cmd = parent->add_subcommand(name, description);
    auto options = store_cli::add_options(cmd);
    auto out = std::make_shared<std::string>();
    cmd->add_option("--out", *out, "Where to write")->required();
    cmd->callback([options, out, what, run, &exit_code] {
        store_cli::run_on_store(*options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto done = run(store, *out);
            if (!done) return done.error();
            return summary_line(done.value(), what, *out);
        });
    });
}

exports::ExportOptions cli_options() { return exports::ExportOptions{store_cli::kActor, store::wall_now()}; }

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("export", "Export data: FHIR for the GP, anonymous or pseudonymous CSV");
    cmd->require_subcommand(1);
    add_kind(cmd, "gp", "Per participant who consented to share with the GP: a FHIR R4 bundle and the PDF sheet, per practice",
             "participants", [&exit_code](store::Store& s, const std::string& out) -> store::Result<exports::ExportSummary> {
                 // The sheets need the ruleset, the codes and the catalogs.
                 auto assets = sheet_cli::load_assets("export gp", exit_code);
                 if (!assets) return store::StoreError{store::ErrorKind::InvalidInput, "cannot load what the sheet needs"};
                 auto options = cli_options();
                 options.rules = &assets->rules;
                 options.kiosk_id = sheet_cli::kiosk_id();
                 return exports::export_gp(s, out, options);
             }, exit_code);
    add_kind(cmd, "municipality", "Counts and means per session, sex and age band; small cells suppressed",
             "people", [](store::Store& s, const std::string& out) {
                 return exports::export_municipality(s, out, cli_options());
             }, exit_code);
    add_kind(cmd, "research", "One pseudonymised row per visit with the research consent", "visits",
             [](store::Store& s, const std::string& out) {
                 return exports::export_research(s, out, cli_options());
             }, exit_code);
}

}  // namespace gc::cli
