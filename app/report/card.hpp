#pragma once
// The participant's QR card: credit-card size, the card code as QR and as text, nothing
// personal. Card codes are made by core (card_code.hpp); here they are plain text.
#include <string>
#include <string_view>

namespace gc::report {

// The code as people read and type it: separators dropped, groups of four split by spaces
// ("7K3QX9TD" -> "7K3Q X9TD").
std::string group_card_code(std::string_view card_code);

// One-page PDF, 85.6 x 54 mm. The QR carries `card_code` exactly as given.
// Throws RenderError/QrError (empty or oversized code).
std::string render_card_pdf(std::string_view card_code);

}  // namespace gc::report
