// `groepsconsult print-file FILE.pdf [--queue Q] [--wait SECONDS]`: print a PDF through CUPS
// and follow the job, reporting the printer's state the way the host screen shows it.
#include "cli/commands.hpp"
#include "cli/print_cli.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

namespace gc::cli {

void add_print_file_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("print-file", "Print a PDF to a CUPS queue and follow the job");
    struct Options {
        std::string file;
        std::string queue;
        int wait_seconds = 30;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("FILE", opt->file, "PDF file to print")->required();
    cmd->add_option("--queue", opt->queue, "CUPS queue (default: the system's default queue)");
    cmd->add_option("--wait", opt->wait_seconds, "Seconds to follow the job; 0 returns once submitted")
        ->capture_default_str()
        ->check(CLI::Range(0, 3600));
    cmd->callback([opt, &exit_code] {
        if (!std::filesystem::is_regular_file(opt->file)) {
            std::cerr << "groepsconsult print-file: no such file: " << opt->file << "\n";
            exit_code = 2;
            return;
        }
        const std::string title = std::filesystem::path(opt->file).filename().string();
        exit_code = print_cli::print_and_follow("groepsconsult print-file", report::PrintQueue(opt->queue), opt->file,
                                                title, opt->wait_seconds);
    });
}

}  // namespace gc::cli
