#include "report/print_worker.hpp"

#include <algorithm>

namespace gc::report {
namespace {

bool same(const JobStatus& a, const JobStatus& b) {
    return a.state == b.state && a.reasons == b.reasons && a.queue_state == b.queue_state;
}

bool same(const PrinterStatus& a, const PrinterStatus& b) {
    return a.state == b.state && a.reasons == b.reasons && a.queue == b.queue;
}

}  // namespace

bool PrintRequest::failed() const {
    if (job_id == 0) return !error.empty();
    return job.state == JobState::aborted || job.state == JobState::canceled;
}

PrintWorker::PrintWorker(PrintQueue queue, std::chrono::milliseconds poll_interval, std::function<void()> on_change)
    : m_queue(std::move(queue)), m_poll_interval(poll_interval), m_on_change(std::move(on_change)),
      m_thread([this] { run(); }) {}

PrintWorker::~PrintWorker() {
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

int PrintWorker::enqueue(std::filesystem::path pdf, std::string title) {
    int id = 0;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        id = m_next_id++;
        PrintRequest request;
        request.id = id;
        request.pdf = std::move(pdf);
        request.title = std::move(title);
        m_state.requests.push_back(std::move(request));
        m_to_submit.push_back(id);
    }
    m_wake.notify_all();
    return id;
}

int PrintWorker::reprint(int request_id) {
    std::filesystem::path pdf;
    std::string title;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const PrintRequest* old = find(request_id);
        if (old == nullptr) return 0;
        pdf = old->pdf;
        title = old->title;
    }
    return enqueue(std::move(pdf), std::move(title));
}

PrintSnapshot PrintWorker::snapshot() const {
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_state;
}

PrintRequest* PrintWorker::find(int id) {
    const auto it = std::find_if(m_state.requests.begin(), m_state.requests.end(),
                                 [id](const PrintRequest& r) { return r.id == id; });
    return it != m_state.requests.end() ? &*it : nullptr;
}

void PrintWorker::run() {
    for (;;) {
        std::vector<int> to_submit;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_wake.wait_for(lock, m_poll_interval, [this] { return m_stop || !m_to_submit.empty(); });
            if (m_stop) return;
            to_submit.swap(m_to_submit);
        }
        submit_new(std::move(to_submit));
        if (poll_jobs_and_printer() && m_on_change) m_on_change();
    }
}

// CUPS calls run without the lock held, so snapshot() never waits for the scheduler.
void PrintWorker::submit_new(std::vector<int> ids) {
    for (const int id : ids) {
        std::filesystem::path pdf;
        std::string title;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            const PrintRequest* request = find(id);
            pdf = request->pdf;
            title = request->title;
        }
        SubmitResult result = m_queue.submit(pdf, title);
        const std::lock_guard<std::mutex> lock(m_mutex);
        PrintRequest* request = find(id);
        request->job_id = result.job_id;
        request->error = std::move(result.error);
        m_state.printer = std::move(result.printer);
    }
    if (!ids.empty() && m_on_change) m_on_change();
}

bool PrintWorker::poll_jobs_and_printer() {
    std::vector<int> jobs;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (const PrintRequest& r : m_state.requests)
            if (r.submitted() && !r.job.finished()) jobs.push_back(r.job_id);
    }
    std::vector<JobStatus> states;
    for (const int job_id : jobs) states.push_back(m_queue.job_status(job_id));
    PrinterStatus printer = m_queue.printer_status();

    const std::lock_guard<std::mutex> lock(m_mutex);
    bool changed = !same(printer, m_state.printer);
    m_state.printer = std::move(printer);
    for (std::size_t i = 0; i < jobs.size(); ++i) {
        for (PrintRequest& r : m_state.requests) {
            if (r.job_id != jobs[i]) continue;
            changed = changed || !same(r.job, states[i]);
            r.job = std::move(states[i]);
        }
    }
    return changed;
}

}  // namespace gc::report
