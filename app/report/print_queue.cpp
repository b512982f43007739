#include "report/print_queue.hpp"

#include "core/translatable.hpp"
#include "report/deferred_report.hpp"

#include <thread>

namespace gc::report {
namespace {
constexpr auto kPollInterval = std::chrono::milliseconds(50);
}  // namespace

bool PrinterStatus::accepts_jobs() const {
    switch (state) {
    case PrinterState::idle:
    case PrinterState::printing:
    case PrinterState::paused:
    case PrinterState::media_empty:
    case PrinterState::offline: return true;
    default: return false;
    }
}

const char* printer_state_name(PrinterState state) {
    switch (state) {
    case PrinterState::idle: return "idle";
    case PrinterState::printing: return "printing";
    case PrinterState::paused: return "paused";
    case PrinterState::media_empty: return "media_empty";
    case PrinterState::offline: return "offline";
    case PrinterState::not_accepting: return "not_accepting";
    case PrinterState::unknown_queue: return "unknown_queue";
    case PrinterState::scheduler_unreachable: return "scheduler_unreachable";
    case PrinterState::error: return "error";
    }
    return "error";
}

const char* printer_state_msgid(PrinterState state) {
    switch (state) {
    case PrinterState::idle: return N_("De printer is klaar.");
    case PrinterState::printing: return N_("De printer is aan het afdrukken.");
    case PrinterState::paused:
        return N_("De printer staat stil. De opdracht wacht tot de printer weer aan staat.");
    case PrinterState::media_empty: return N_("Het papier is op. Leg papier in de printer. De opdracht wacht.");
    case PrinterState::offline: return N_("De printer is uit of niet aangesloten. De opdracht wacht.");
    case PrinterState::not_accepting:
        return N_("De printer neemt geen opdrachten aan. Zet de printer aan in het printerbeheer.");
    case PrinterState::unknown_queue: return N_("Deze printer bestaat niet. Kies een andere printer.");
    case PrinterState::scheduler_unreachable:
        return N_("De printservice werkt niet. Start de computer opnieuw of bel de beheerder.");
    case PrinterState::error: return N_("De printer meldt een fout. Bel de beheerder.");
    }
    return N_("De printer meldt een fout. Bel de beheerder.");
}

bool JobStatus::finished() const {
    return state == JobState::completed || state == JobState::aborted || state == JobState::canceled;
}

bool JobStatus::waits_for_printer() const {
    if (state != JobState::pending && state != JobState::held && state != JobState::stopped) return false;
    return reasons.find("printer-stopped") != std::string::npos || queue_state == PrinterState::paused ||
           queue_state == PrinterState::media_empty || queue_state == PrinterState::offline;
}

const char* job_state_name(JobState state) {
    switch (state) {
    case JobState::pending: return "pending";
    case JobState::held: return "held";
    case JobState::processing: return "processing";
    case JobState::stopped: return "stopped";
    case JobState::canceled: return "canceled";
    case JobState::aborted: return "aborted";
    case JobState::completed: return "completed";
    case JobState::unknown: return "unknown";
    }
    return "unknown";
}

const char* job_state_msgid(JobState state) {
    switch (state) {
    case JobState::pending: return N_("De opdracht wacht op de printer.");
    case JobState::held: return N_("De opdracht wordt vastgehouden.");
    case JobState::processing: return N_("De opdracht wordt afgedrukt.");
    case JobState::stopped: return N_("De opdracht is gestopt.");
    case JobState::canceled: return N_("De opdracht is geannuleerd.");
    case JobState::aborted: return N_("Afdrukken is mislukt. Druk opnieuw af.");
    case JobState::completed: return N_("Afgedrukt.");
    case JobState::unknown: return N_("De printservice kent deze opdracht niet.");
    }
    return N_("De printservice kent deze opdracht niet.");
}

PrintQueue::PrintQueue(std::string queue, std::string server)
    : m_queue(std::move(queue)), m_server(std::move(server)) {}

PrinterStatus PrintQueue::printer_status() const { return deferred_report().printer_status(m_queue, m_server); }

SubmitResult PrintQueue::submit(const std::filesystem::path& pdf, std::string_view job_title) const {
    return deferred_report().submit(m_queue, m_server, pdf, job_title);
}

JobStatus PrintQueue::job_status(int job_id) const { return deferred_report().job_status(m_server, job_id); }

JobStatus PrintQueue::wait_for_job(int job_id, std::chrono::milliseconds timeout) const {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        JobStatus status = job_status(job_id);
        if (status.finished() || status.waits_for_printer() || status.state == JobState::unknown ||
            std::chrono::steady_clock::now() >= deadline)
            return status;
        std::this_thread::sleep_for(kPollInterval);
    }
}

}  // namespace gc::report
