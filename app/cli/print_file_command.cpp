// `groepsconsult print-file FILE.pdf [--queue Q] [--wait SECONDS]`: print a PDF through CUPS
// and follow the job, reporting the printer's state the way the host screen shows it.
#include "cli/commands.hpp"
#include "report/print_queue.hpp"

#include <chrono>
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
        const report::PrintQueue queue(opt->queue);
        const auto submitted = queue.submit(opt->file, std::filesystem::path(opt->file).filename().string());
        const auto& printer = submitted.printer;
        if (!submitted.ok()) {
            std::cerr << "groepsconsult print-file: not printed: printer " << report::printer_state_name(printer.state)
                      << " (" << report::printer_state_msgid(printer.state) << ") " << submitted.error << "\n";
            exit_code = 1;
            return;
        }
        std::cout << "job " << submitted.job_id << " on " << printer.queue << "\n";
        if (opt->wait_seconds == 0) {
            exit_code = 0;
            return;
        }
        const auto job = queue.wait_for_job(submitted.job_id, std::chrono::seconds(opt->wait_seconds));
        std::cout << "job " << submitted.job_id << " " << report::job_state_name(job.state) << "\n";
        if (job.state == report::JobState::completed) {
            exit_code = 0;
            return;
        }
        const auto now = queue.printer_status();
        std::cerr << "groepsconsult print-file: job " << submitted.job_id << " " << report::job_state_name(job.state)
                  << "; printer " << report::printer_state_name(now.state) << " ("
                  << report::printer_state_msgid(now.state) << ")";
        if (!job.detail.empty()) std::cerr << " " << job.detail;
        std::cerr << "\n";
        exit_code = 1;
    });
}

}  // namespace gc::cli
