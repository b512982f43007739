#include "report/card.hpp"

#include "report/layout.hpp"
#include "report/pdf_canvas.hpp"
#include "report/qr.hpp"
#include "report/text.hpp"

namespace gc::report {
namespace {

constexpr std::size_t kCodeGroupLength = 4;
constexpr const char* kCardTitle = "Groepsconsult";

bool is_separator(char c) { return c == '-' || c == ' '; }

}  // namespace

std::string group_card_code(std::string_view card_code) {
    std::string grouped;
    std::size_t in_group = 0;
    for (const char c : card_code) {
        if (is_separator(c)) continue;
        if (in_group == kCodeGroupLength) {
            grouped += ' ';
            in_group = 0;
        }
        grouped += c;
        ++in_group;
    }
    return grouped;
}

std::string render_card_pdf(std::string_view card_code) {
    namespace card = layout::card;
    const QrMatrix qr = encode_qr(card_code);

    PdfCanvas canvas(card::kWidth, card::kHeight, kCardTitle);
    cairo_t* cr = canvas.cr();
    cairo_set_source_rgb(cr, layout::kWhite.r, layout::kWhite.g, layout::kWhite.b);
    cairo_paint(cr);

    // QR on the left, full height inside the margins; text column to its right.
    draw_qr(cr, qr, card::kMargin, card::kMargin, card::kQrSide);
    const double text_x = card::kMargin + card::kQrSide + card::kMargin / 2;

    const TextStyle title{card::kTitleSize, true, layout::kInk};
    draw_line(cr, kCardTitle, title, text_x, card::kMargin + card::kTitleSize);

    const TextStyle code{card::kCodeSize, true, layout::kInk};
    const double code_baseline = card::kHeight - card::kMargin - card::kCodeSize * 0.4;
    draw_line(cr, group_card_code(card_code), code, text_x, code_baseline);
    return canvas.finish();
}

}  // namespace gc::report
