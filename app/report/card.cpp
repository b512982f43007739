#include "report/card.hpp"

#include "core/card_code.hpp"
#include "report/deferred_report.hpp"
#include "report/layout.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"
#include "report/text.hpp"

namespace gc::report {
namespace {

constexpr const char* kCardTitle = "Groepsconsult";

}  // namespace

}  // namespace gc::report

namespace gc::report::deferred {

std::string render_card_pdf(std::string_view canonical_card_code) {
    namespace card = layout::card;
    const QrMatrix qr = encode_qr(canonical_card_code);

    PdfCanvas canvas(card::kWidth, card::kHeight, kCardTitle);
    cairo_t* cr = canvas.cr();
    cairo_set_source_rgb(cr, layout::kWhite.r, layout::kWhite.g, layout::kWhite.b);
    cairo_paint(cr);

    const TextStyle title{card::kTitleSize, true, layout::kInk};
    draw_line(cr, kCardTitle, title, card::kMargin, card::kTitleBaseline);
    draw_qr(cr, qr, card::kMargin, card::kQrTop, card::kQrSide);
    const TextStyle code{card::kCodeSize, true, layout::kInk};
    draw_line(cr, format_card_code(canonical_card_code), code, card::kTextX, card::kCodeBaseline);
    return canvas.finish();
}

}  // namespace gc::report::deferred
