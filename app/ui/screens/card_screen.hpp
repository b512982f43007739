#pragma once
#include "ui/screen.hpp"

#include <string>

namespace gc::ui {

// The participant shows their QR card to the scanner, or types the code printed on it.
class CardScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext&) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::Card; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

    // A scanner read a code (the host's scanner thread hands it to the UI thread).
    void scanned(UiContext& ctx, const std::string& code);

private:
    void submit(UiContext& ctx);

    std::string m_typed;
    const char* m_error = nullptr;  // msgid
};

}  // namespace gc::ui
