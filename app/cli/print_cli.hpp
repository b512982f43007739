#pragma once
// What `groepsconsult print-file` and `groepsconsult print` share: submit a PDF to CUPS and
// follow the job, reporting the printer's state the way the host screen shows it.
#include "report/print_queue.hpp"

#include <chrono>
#include <filesystem>
#include <iostream>
#include <string>

namespace gc::cli::print_cli {

// Returns the exit code: 0 printed (or submitted when wait_seconds is 0), 1 not printed.
inline int print_and_follow(const char* command, const report::PrintQueue& queue, const std::filesystem::path& pdf,
                            const std::string& title, int wait_seconds) {
    const auto submitted = queue.submit(pdf, title);
    const auto& printer = submitted.printer;
    if (!submitted.ok()) {
        std::cerr << command << ": not printed: printer " << report::printer_state_name(printer.state) << " ("
                  << report::printer_state_msgid(printer.state) << ") " << submitted.error << "\n";
        return 1;
    }
    std::cout << "job " << submitted.job_id << " on " << printer.queue << "\n";
    if (wait_seconds == 0) return 0;
    const auto job = queue.wait_for_job(submitted.job_id, std::chrono::seconds(wait_seconds));
    std::cout << "job " << submitted.job_id << " " << report::job_state_name(job.state) << "\n";
    if (job.state == report::JobState::completed) return 0;
    const auto now = queue.printer_status();
    std::cerr << command << ": job " << submitted.job_id << " " << report::job_state_name(job.state) << "; printer "
              << report::printer_state_name(now.state) << " (" << report::printer_state_msgid(now.state) << ")";
    if (!job.detail.empty()) std::cerr << " " << job.detail;
    std::cerr << "\n";
    return 1;
}

}  // namespace gc::cli::print_cli
