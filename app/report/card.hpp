#pragma once
// The participant's QR card: credit-card size, the card code as QR and as text, nothing
// personal.
#include <string>
#include <string_view>

namespace gc::report {

// One-page PDF, 85.6 x 54 mm: "Groepsconsult", the QR carrying the canonical code exactly as
// given (core/card_code.hpp), and the code as people read it ("7K3-QX0-PM4").
// Throws QrError for an empty code, RenderError if Cairo fails.
std::string render_card_pdf(std::string_view canonical_card_code);

}  // namespace gc::report
