#include "kiosk/printer_view.hpp"

namespace gc::kiosk {

namespace {

bool printer_needs_host(report::PrinterState state) {
    return state != report::PrinterState::idle && state != report::PrinterState::printing;
}

}  // namespace

ui::PrinterView printer_view(const report::PrintSnapshot& snapshot) {
    ui::PrinterView view;
    view.queue = snapshot.printer.queue;
    view.state_msgid = report::printer_state_msgid(snapshot.printer.state);
    view.needs_host = printer_needs_host(snapshot.printer.state);
    for (auto request = snapshot.requests.rbegin(); request != snapshot.requests.rend(); ++request) {
        ui::PrintJobView job;
        job.request = request->id;
        job.title = request->title;
        const bool waits = request->submitted() && request->job.waits_for_printer();
        // A job that never reached CUPS has no job state; the printer's state says why.
        job.state_msgid = request->submitted() ? (waits ? report::printer_state_msgid(request->job.queue_state)
                                                        : report::job_state_msgid(request->job.state))
                                               : report::printer_state_msgid(snapshot.printer.state);
        job.needs_host = request->failed() || waits;
        view.jobs.push_back(std::move(job));
    }
    return view;
}

}  // namespace gc::kiosk
