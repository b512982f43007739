#pragma once
// Printing a PDF to a CUPS queue with libcups and following what happens to it. Every call
// opens its own connection to the scheduler and shares no state, so a worker thread can submit
// and poll while the UI thread keeps drawing; none of this may run on the UI thread itself.
// Texts for the host screen are Dutch msgids (N_), translated by the caller's i18n layer.
#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>

namespace gc::report {

enum class PrinterState {
    idle,
    printing,
    paused,                 // stopped by the host or by a backend error: jobs wait
    media_empty,            // out of paper: jobs wait
    offline,                // printer switched off or unplugged: jobs wait
    not_accepting,          // queue rejects new jobs
    unknown_queue,          // no such queue (or no default queue)
    scheduler_unreachable,  // cupsd not running or its socket unreachable
    error,                  // anything else the scheduler refused
};

struct PrinterStatus {
    PrinterState state = PrinterState::scheduler_unreachable;
    std::string queue;    // the queue asked about; the default queue's name when none was named
    std::string reasons;  // printer-state-reasons as CUPS gives them, for the log
    std::string detail;   // printer-state-message or libcups error text, for the log
    // A job submitted now is accepted (it may still wait for paper or the host).
    bool accepts_jobs() const;
};

// Stable English names ("media_empty") for logs and the CLI, and the Dutch host message.
const char* printer_state_name(PrinterState state);
const char* printer_state_msgid(PrinterState state);

enum class JobState { pending, held, processing, stopped, canceled, aborted, completed, unknown };

struct JobStatus {
    JobState state = JobState::unknown;
    std::string reasons;  // job-state-reasons, e.g. "printer-stopped"
    std::string detail;   // job-printer-state-message or libcups error text
    // While the job has not started: the state of its queue (a job behind a paused queue has
    // no job-state-reason saying so). `printing` otherwise.
    PrinterState queue_state = PrinterState::printing;
    bool finished() const;           // completed, aborted or canceled: it will not change any more
    bool waits_for_printer() const;  // queued behind a stopped printer: the host has to act
};

const char* job_state_name(JobState state);
const char* job_state_msgid(JobState state);

struct SubmitResult {
    int job_id = 0;         // > 0 when CUPS took the job
    PrinterStatus printer;  // the printer as found just before submitting
    std::string error;      // why there is no job, for the log (the host reads printer's msgid)
    bool ok() const { return job_id > 0; }
};

class PrintQueue {
public:
    // `queue` empty: the scheduler's default destination. `server` empty: where libcups looks
    // by itself ($CUPS_SERVER, client.conf, /run/cups/cups.sock); otherwise a socket path or
    // host[:port].
    explicit PrintQueue(std::string queue = {}, std::string server = {});

    PrinterStatus printer_status() const;
    // Checks the printer first, because libcups reports "unknown queue" and "cupsd down" alike
    // when printing; a paused or paper-less printer still gets the job (it waits there).
    SubmitResult submit(const std::filesystem::path& pdf, std::string_view job_title) const;
    JobStatus job_status(int job_id) const;
    // Polls until the job finished, waits for a stopped printer, or `timeout` passed (then the
    // last state seen is returned). Blocks: call it from a worker thread.
    JobStatus wait_for_job(int job_id, std::chrono::milliseconds timeout) const;

    const std::string& queue() const { return m_queue; }

private:
    std::string m_queue;
    std::string m_server;
};

}  // namespace gc::report
