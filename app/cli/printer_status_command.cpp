// `groepsconsult printer-status [--queue Q]`: the printer as the host screen would report it.
// Exit 0 when a job sent now would be accepted, 1 otherwise.
#include "cli/commands.hpp"
#include "report/print_queue.hpp"

#include <iostream>
#include <memory>
#include <string>

namespace gc::cli {

void add_printer_status_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("printer-status", "Show the state of a CUPS queue");
    auto queue_name = std::make_shared<std::string>();
    cmd->add_option("--queue", *queue_name, "CUPS queue (default: the system's default queue)");
    cmd->callback([queue_name, &exit_code] {
        const auto status = report::PrintQueue(*queue_name).printer_status();
        std::cout << (status.queue.empty() ? "(default)" : status.queue) << ": "
                  << report::printer_state_name(status.state) << "\n"
                  << report::printer_state_msgid(status.state) << "\n";
        if (!status.reasons.empty()) std::cout << "reasons: " << status.reasons << "\n";
        if (!status.detail.empty()) std::cout << "detail: " << status.detail << "\n";
        exit_code = status.accepts_jobs() ? 0 : 1;
    });
}

}  // namespace gc::cli
