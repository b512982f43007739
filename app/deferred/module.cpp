// libgroepsconsult-deferred.so: the code that needs Cairo/Pango, ZXing, libcups and espeak-ng,
// loaded by the programs when they first need it (runtime/deferred_module.hpp). It exports only
// these two functions; everything else in it is linked with hidden symbols.
#include "i18n/speaker.hpp"
#include "report/deferred_report.hpp"

#define GC_MODULE_EXPORT extern "C" __attribute__((visibility("default")))

GC_MODULE_EXPORT const gc::report::DeferredReport* groepsconsult_deferred_report() {
    namespace d = gc::report::deferred;
    static const gc::report::DeferredReport table{&d::render_sheet_pdf, &d::render_card_pdf, &d::decode_card_frame,
                                                  &d::printer_status,   &d::submit,          &d::job_status};
    return &table;
}

GC_MODULE_EXPORT decltype(&gc::i18n::deferred::open_espeak_speaker) groepsconsult_deferred_speaker() {
    return &gc::i18n::deferred::open_espeak_speaker;
}
