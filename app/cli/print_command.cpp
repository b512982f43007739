// `groepsconsult print CARDCODE [--queue Q] [--wait SECONDS]`: prints the results sheet of the
// participant's latest visit again (from the store) and follows the job like print-file.
#include "cli/commands.hpp"
#include "cli/print_cli.hpp"
#include "cli/sheet_cli.hpp"
#include "report/pdf_canvas.hpp"

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>

namespace gc::cli {
namespace {

// A private file for the rendered sheet while CUPS takes it; removed as soon as it is submitted.
class TemporaryPdf {
public:
    TemporaryPdf() {
        const char* base = std::getenv("XDG_RUNTIME_DIR");
        std::string pattern = std::string(base && *base ? base : "/tmp") + "/groepsconsult-sheet-XXXXXX";
        if (!mkdtemp(pattern.data())) throw report::RenderError("cannot create a directory in " + pattern);
        m_dir = pattern;
    }
    ~TemporaryPdf() {
        std::error_code ignored;
        std::filesystem::remove_all(m_dir, ignored);
    }
    TemporaryPdf(const TemporaryPdf&) = delete;
    TemporaryPdf& operator=(const TemporaryPdf&) = delete;
    std::filesystem::path path() const { return m_dir / "sheet.pdf"; }

private:
    std::filesystem::path m_dir;
};

}  // namespace

void add_print_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("print", "Print the results sheet of a participant's latest visit again");
    struct Options {
        std::string code;
        std::string queue;
        int wait_seconds = 30;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("CARDCODE", opt->code, "Card code, e.g. 7K3-QX0-PM4")->required();
    cmd->add_option("--queue", opt->queue, "CUPS queue (default: the system's default queue)");
    cmd->add_option("--wait", opt->wait_seconds, "Seconds to follow the job; 0 returns once submitted")
        ->capture_default_str()
        ->check(CLI::Range(0, 3600));
    auto store_options = store_cli::add_options(cmd);
    cmd->callback([opt, store_options, &exit_code] {
        const char* command = "groepsconsult print";
        const auto assets = sheet_cli::load_assets(command, exit_code);
        if (!assets) return;
        auto store = store_cli::open(*store_options, false, exit_code);
        if (!store) return;
        auto sheet = sheet_cli::latest_sheet(*store, *assets, opt->code);
        if (!sheet) {
            exit_code = store_cli::report(sheet.error());
            return;
        }
        try {
            const TemporaryPdf file;
            report::save_pdf(file.path(), sheet.value().pdf);
            exit_code = print_cli::print_and_follow(command, report::PrintQueue(opt->queue), file.path(),
                                                    "groepsconsult " + std::to_string(sheet.value().visit.value),
                                                    opt->wait_seconds);
        } catch (const report::RenderError& e) {
            std::cerr << command << ": " << e.what() << "\n";
            exit_code = 1;
        }
        if (exit_code != 0) return;
        const store::PrintedSheet printed{sheet.value().language, sheet.value().ruleset, store_cli::kActor,
                                          store::wall_now()};
        const store::AuditEntry entry{store_cli::kActor, store::AuditAction::Printed, "visit",
                                      sheet.value().visit.value, store::wall_now()};
        if (auto recorded = store->record_sheet_printed(sheet.value().visit, printed); !recorded) {
            exit_code = store_cli::report(recorded.error());
        } else if (auto logged = store->audit(entry); !logged) {
            exit_code = store_cli::report(logged.error());
        }
    });
}

}  // namespace gc::cli
