#pragma once
#include "ui/screen.hpp"

namespace gc::ui {

// Thanks, where the sheet is, and back to the start (by tap or after a short time).
class GoodbyeScreen final : public Screen {
public:
    std::string title(UiContext&) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::Print; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    const char* message(UiContext& ctx) const;
};

}  // namespace gc::ui
