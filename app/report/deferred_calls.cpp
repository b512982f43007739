// The public report functions that run in the deferred module (report/deferred_report.hpp).
#include "report/card.hpp"
#include "report/deferred_report.hpp"
#include "runtime/deferred_module.hpp"

namespace gc::report {

const DeferredReport& deferred_report() {
    static const DeferredReport& table = *runtime::deferred_module_entry<const DeferredReport*>(kDeferredReportSymbol);
    return table;
}

std::string render_sheet_pdf(const SheetContent& sheet, const std::map<std::string, ClinicalCodes>& codes) {
    return deferred_report().render_sheet_pdf(sheet, codes);
}

std::string render_card_pdf(std::string_view canonical_card_code) {
    return deferred_report().render_card_pdf(canonical_card_code);
}

std::optional<std::string> decode_card_frame(const std::uint8_t* pixels, int width, int height, int stride,
                                             FrameFormat format) {
    return deferred_report().decode_card_frame(pixels, width, height, stride, format);
}

}  // namespace gc::report
