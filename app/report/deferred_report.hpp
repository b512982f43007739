#pragma once
// The report functions that need Cairo/Pango, ZXing or libcups live in the deferred module
// (runtime/deferred_module.hpp). The public API (render_sheet_pdf, render_card_pdf,
// decode_card_frame, PrintQueue) calls them through the table the module exports, so that a
// program using it loads those libraries only when it first renders, decodes or prints.
#include "report/card_frame.hpp"
#include "report/print_queue.hpp"
#include "report/sheet.hpp"

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace gc::report {

namespace deferred {
// The implementations, built into the module (and into tests that draw with Cairo directly).
std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes);
std::string render_card_pdf(std::string_view canonical_card_code);
std::optional<std::string> decode_card_frame(const std::uint8_t* pixels, int width, int height, int stride,
                                             FrameFormat format);
PrinterStatus printer_status(const std::string& queue, const std::string& server);
SubmitResult submit(const std::string& queue, const std::string& server, const std::filesystem::path& pdf,
                    std::string_view job_title);
JobStatus job_status(const std::string& server, int job_id);
}  // namespace deferred

struct DeferredReport {
    decltype(&deferred::render_sheet_pdf) render_sheet_pdf;
    decltype(&deferred::render_card_pdf) render_card_pdf;
    decltype(&deferred::decode_card_frame) decode_card_frame;
    decltype(&deferred::printer_status) printer_status;
    decltype(&deferred::submit) submit;
    decltype(&deferred::job_status) job_status;
};

// The module's exported function returning its table.
inline constexpr const char* kDeferredReportSymbol = "groepsconsult_deferred_report";

// The module's table; loads the module on first use. Throws runtime::DeferredModuleError.
const DeferredReport& deferred_report();

}  // namespace gc::report
