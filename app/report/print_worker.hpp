#pragma once
// Printing without blocking the kiosk: PDFs are handed to a worker thread that submits them to
// CUPS and keeps polling the jobs and the printer. The UI thread reads a snapshot whenever it
// draws (host screen: "Het papier is op…", reprint button); nothing here waits on the caller's
// thread. Texts are Dutch msgids (untranslated: nothing translated crosses a thread).
#include "report/print_queue.hpp"

#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace gc::report {

struct PrintRequest {
    int id = 0;                     // ours, from enqueue(); stable across polls
    std::filesystem::path pdf;
    std::string title;
    int job_id = 0;                 // CUPS job, 0 until submitted (or when submitting failed)
    JobStatus job;                  // last state seen
    std::string error;              // why submitting failed (log text); empty otherwise
    bool submitted() const { return job_id > 0; }
    bool failed() const;            // not printed and will not be by itself: offer a reprint
    bool done() const { return job.state == JobState::completed; }
};

struct PrintSnapshot {
    PrinterStatus printer;
    std::vector<PrintRequest> requests;  // oldest first
};

class PrintWorker {
public:
    // `on_change` (optional) runs on the worker thread after the snapshot changed, e.g. to push
    // an SDL user event that wakes the UI loop.
    explicit PrintWorker(PrintQueue queue, std::chrono::milliseconds poll_interval = std::chrono::milliseconds(500),
                         std::function<void()> on_change = {});
    ~PrintWorker();
    PrintWorker(const PrintWorker&) = delete;
    PrintWorker& operator=(const PrintWorker&) = delete;

    // Returns at once with the request id; the worker submits the file.
    int enqueue(std::filesystem::path pdf, std::string title);
    // Prints the same file again as a new request; 0 if `request_id` is unknown.
    int reprint(int request_id);
    PrintSnapshot snapshot() const;

private:
    void run();
    void submit_new(std::vector<int> ids);
    bool poll_jobs_and_printer();
    PrintRequest* find(int id);

    const PrintQueue m_queue;
    const std::chrono::milliseconds m_poll_interval;
    const std::function<void()> m_on_change;

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_next_id = 1;
    std::vector<int> m_to_submit;
    PrintSnapshot m_state;
    std::thread m_thread;  // last: starts after everything above exists
};

}  // namespace gc::report
