// libcups side of PrintQueue (report/print_queue.hpp), in the deferred module.
#include "report/deferred_report.hpp"

#include <cups/cups.h>

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <memory>

namespace gc::report::deferred {
namespace {

constexpr int kConnectTimeoutMs = 2000;
constexpr double kIoTimeoutSeconds = 10.0;

struct HttpCloser {
    void operator()(http_t* http) const { httpClose(http); }
};
using HttpPtr = std::unique_ptr<http_t, HttpCloser>;

struct IppDeleter {
    void operator()(ipp_t* ipp) const { ippDelete(ipp); }
};
using IppPtr = std::unique_ptr<ipp_t, IppDeleter>;

struct DestDeleter {
    void operator()(cups_dest_t* dest) const { cupsFreeDests(1, dest); }
};

// "host:port" (not a socket path, not an IPv6 literal without brackets) → host and port.
void split_server(const std::string& server, std::string& host, int& port) {
    host = server;
    port = ippPort();
    if (server.empty() || server.front() == '/') return;
    const auto colon = server.rfind(':');
    if (colon == std::string::npos || server.find(':') != colon) return;
    host = server.substr(0, colon);
    port = std::atoi(server.c_str() + colon + 1);
}

struct Connection {
    HttpPtr http;
    std::string error;
};

Connection connect_to(const std::string& server) {
    std::string host;
    int port = 0;
    if (server.empty()) {
        host = cupsServer();  // also applies a port from $CUPS_SERVER to ippPort()
        port = ippPort();
    } else {
        split_server(server, host, port);
    }
    Connection c;
    c.http.reset(httpConnect2(host.c_str(), port, nullptr, AF_UNSPEC, HTTP_ENCRYPTION_IF_REQUESTED,
                              1, kConnectTimeoutMs, nullptr));
    if (!c.http) {
        c.error = "cannot connect to the CUPS scheduler at " + host + ": " + std::strerror(errno);
        return c;
    }
    httpSetTimeout(c.http.get(), kIoTimeoutSeconds, nullptr, nullptr);
    return c;
}

std::string printer_uri(const std::string& queue) {
    std::array<char, HTTP_MAX_URI> uri{};
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), static_cast<int>(uri.size()), "ipp", nullptr,
                     "localhost", 0, "/printers/%s", queue.c_str());
    return uri.data();
}

std::string attribute_text(ipp_t* response, const char* name) {
    ipp_attribute_t* attr = ippFindAttribute(response, name, IPP_TAG_ZERO);
    if (attr == nullptr) return {};
    std::array<char, 1024> text{};
    ippAttributeString(attr, text.data(), text.size());
    return text.data();
}

bool has_reason(ipp_t* response, const char* attribute, std::string_view prefix) {
    ipp_attribute_t* attr = ippFindAttribute(response, attribute, IPP_TAG_KEYWORD);
    for (int i = 0; attr != nullptr && i < ippGetCount(attr); ++i) {
        const char* reason = ippGetString(attr, i, nullptr);
        if (reason != nullptr && std::string_view(reason).substr(0, prefix.size()) == prefix)
            return true;
    }
    return false;
}

// Nothing submitted can print on a queue that rejects jobs, so that outranks the reasons a job
// would wait for; paper and power are named before the generic "paused" they come with.
PrinterState classify_printer(ipp_t* response) {
    ipp_attribute_t* accepting = ippFindAttribute(response, "printer-is-accepting-jobs", IPP_TAG_BOOLEAN);
    if (accepting != nullptr && !ippGetBoolean(accepting, 0)) return PrinterState::not_accepting;
    if (has_reason(response, "printer-state-reasons", "media-empty") ||
        has_reason(response, "printer-state-reasons", "media-needed"))
        return PrinterState::media_empty;
    if (has_reason(response, "printer-state-reasons", "offline")) return PrinterState::offline;
    ipp_attribute_t* state = ippFindAttribute(response, "printer-state", IPP_TAG_ENUM);
    const int value = state != nullptr ? ippGetInteger(state, 0) : IPP_PSTATE_STOPPED;
    if (value == IPP_PSTATE_STOPPED) return PrinterState::paused;
    if (value == IPP_PSTATE_PROCESSING) return PrinterState::printing;
    return PrinterState::idle;
}

// The default destination when `queue` is empty; empty result when there is none.
std::string resolve_queue(http_t* http, const std::string& queue) {
    if (!queue.empty()) return queue;
    std::unique_ptr<cups_dest_t, DestDeleter> dest(cupsGetNamedDest(http, nullptr, nullptr));
    return dest ? dest->name : std::string();
}

PrinterStatus query_printer(http_t* http, const std::string& wanted_queue) {
    PrinterStatus status;
    status.queue = resolve_queue(http, wanted_queue);
    if (status.queue.empty()) {
        status.state = cupsLastError() == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE
                           ? PrinterState::scheduler_unreachable
                           : PrinterState::unknown_queue;
        status.detail = "no default print queue";
        return status;
    }
    static const char* const requested[] = {"printer-state", "printer-state-reasons",
                                            "printer-is-accepting-jobs", "printer-state-message"};
    ipp_t* request = ippNewRequest(IPP_OP_GET_PRINTER_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "printer-uri", nullptr,
                 printer_uri(status.queue).c_str());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(std::size(requested)), nullptr, requested);
    const IppPtr response(cupsDoRequest(http, request, "/"));  // frees the request
    const ipp_status_t error = cupsLastError();
    if (error == IPP_STATUS_ERROR_NOT_FOUND) {
        status.state = PrinterState::unknown_queue;
        status.detail = cupsLastErrorString();
        return status;
    }
    if (!response || error > IPP_STATUS_OK_EVENTS_COMPLETE) {
        status.state = error == IPP_STATUS_ERROR_SERVICE_UNAVAILABLE ? PrinterState::scheduler_unreachable
                                                                      : PrinterState::error;
        status.detail = cupsLastErrorString();
        return status;
    }
    status.state = classify_printer(response.get());
    status.reasons = attribute_text(response.get(), "printer-state-reasons");
    status.detail = attribute_text(response.get(), "printer-state-message");
    return status;
}

JobState to_job_state(int ipp_state) {
    switch (ipp_state) {
    case IPP_JSTATE_PENDING: return JobState::pending;
    case IPP_JSTATE_HELD: return JobState::held;
    case IPP_JSTATE_PROCESSING: return JobState::processing;
    case IPP_JSTATE_STOPPED: return JobState::stopped;
    case IPP_JSTATE_CANCELED: return JobState::canceled;
    case IPP_JSTATE_ABORTED: return JobState::aborted;
    case IPP_JSTATE_COMPLETED: return JobState::completed;
    default: return JobState::unknown;
    }
}

}  // namespace

PrinterStatus printer_status(const std::string& queue, const std::string& server) {
    const Connection c = connect_to(server);
    if (!c.http) {
        PrinterStatus status;
        status.state = PrinterState::scheduler_unreachable;
        status.queue = queue;
        status.detail = c.error;
        return status;
    }
    return query_printer(c.http.get(), queue);
}

SubmitResult submit(const std::string& queue, const std::string& server, const std::filesystem::path& pdf,
                    std::string_view job_title) {
    SubmitResult result;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(pdf, ec)) {
        result.printer.queue = queue;
        result.error = "no such file: " + pdf.string();
        return result;
    }
    const Connection c = connect_to(server);
    if (!c.http) {
        result.printer.state = PrinterState::scheduler_unreachable;
        result.printer.queue = queue;
        result.error = result.printer.detail = c.error;
        return result;
    }
    result.printer = query_printer(c.http.get(), queue);
    if (!result.printer.accepts_jobs()) {
        result.error = std::string("printer ") + printer_state_name(result.printer.state) + ": " +
                       result.printer.detail;
        return result;
    }
    result.job_id = cupsPrintFile2(c.http.get(), result.printer.queue.c_str(), pdf.c_str(),
                                   std::string(job_title).c_str(), 0, nullptr);
    if (result.job_id <= 0) {
        result.job_id = 0;
        result.error = cupsLastErrorString();
        result.printer = query_printer(c.http.get(), queue);  // e.g. queue removed meanwhile
    }
    return result;
}

JobStatus job_status(const std::string& server, int job_id) {
    JobStatus status;
    const Connection c = connect_to(server);
    if (!c.http) {
        status.detail = c.error;
        return status;
    }
    static const char* const requested[] = {"job-state", "job-state-reasons", "job-printer-state-message",
                                            "job-printer-uri"};
    std::array<char, HTTP_MAX_URI> uri{};
    httpAssembleURIf(HTTP_URI_CODING_ALL, uri.data(), static_cast<int>(uri.size()), "ipp", nullptr,
                     "localhost", 0, "/jobs/%d", job_id);
    ipp_t* request = ippNewRequest(IPP_OP_GET_JOB_ATTRIBUTES);
    ippAddString(request, IPP_TAG_OPERATION, IPP_TAG_URI, "job-uri", nullptr, uri.data());
    ippAddStrings(request, IPP_TAG_OPERATION, IPP_TAG_KEYWORD, "requested-attributes",
                  static_cast<int>(std::size(requested)), nullptr, requested);
    const IppPtr response(cupsDoRequest(c.http.get(), request, "/"));
    if (!response || cupsLastError() > IPP_STATUS_OK_EVENTS_COMPLETE) {
        status.detail = cupsLastErrorString();
        return status;
    }
    ipp_attribute_t* state = ippFindAttribute(response.get(), "job-state", IPP_TAG_ENUM);
    status.state = state != nullptr ? to_job_state(ippGetInteger(state, 0)) : JobState::unknown;
    status.reasons = attribute_text(response.get(), "job-state-reasons");
    status.detail = attribute_text(response.get(), "job-printer-state-message");
    if (status.state == JobState::pending || status.state == JobState::held || status.state == JobState::stopped) {
        const std::string printer_uri = attribute_text(response.get(), "job-printer-uri");
        const auto slash = printer_uri.rfind('/');
        if (slash != std::string::npos)
            status.queue_state = query_printer(c.http.get(), printer_uri.substr(slash + 1)).state;
    }
    return status;
}

}  // namespace gc::report::deferred
