// `groepsconsult sheet CARDCODE --out FILE.pdf`: the results sheet of the participant's latest
// visit, from the store, in their language (the GP page in Dutch). Logged as an export.
#include "cli/commands.hpp"
#include "cli/sheet_cli.hpp"
#include "report/pdf_canvas.hpp"

#include <memory>
#include <string>

namespace gc::cli {

void add_sheet_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("sheet", "Write the results sheet of a participant's latest visit as PDF");
    struct Options {
        std::string code;
        std::string out;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("CARDCODE", opt->code, "Card code, e.g. 7K3-QX0-PM4")->required();
    cmd->add_option("--out", opt->out, "PDF file to write")->required();
    auto store_options = store_cli::add_options(cmd);
    cmd->callback([opt, store_options, &exit_code] {
        const char* command = "groepsconsult sheet";
        const auto assets = sheet_cli::load_assets(command, exit_code);
        if (!assets) return;
        store_cli::run_on_store(*store_options, false, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto sheet = sheet_cli::latest_sheet(store, *assets, opt->code);
            if (!sheet) return sheet.error();
            try {
                report::save_pdf(opt->out, sheet.value().pdf);
            } catch (const report::RenderError& e) {  // nothing was written
                return store::StoreError{store::ErrorKind::Io, e.what()};
            }
            const store::AuditEntry entry{store_cli::kActor, store::AuditAction::Exported, "visit",
                                          sheet.value().visit.value, store::wall_now()};
            if (auto logged = store.audit(entry); !logged) return logged.error();
            return opt->out + "\n";
        });
    });
}

}  // namespace gc::cli
