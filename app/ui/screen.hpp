#pragma once
// A screen of the participant flow: one class, one file, registered in screens.cpp.
// The kiosk frame draws the header (pictogram, title, read-aloud) and the warning overlay;
// a screen draws its body and its footer buttons.
#include "ui/ui_context.hpp"
#include "ui/widgets/pictogram.hpp"

#include <string>

namespace gc::ui {

class Screen {
public:
    virtual ~Screen() = default;
    // The flow entered this screen (or, for stations, another station): reset input state.
    virtual void enter(UiContext&) {}
    virtual std::string title(UiContext& ctx) const = 0;  // translated
    virtual Pictogram pictogram(UiContext&) const { return Pictogram::None; }
    virtual void draw_body(UiContext& ctx) = 0;
    // What the read-aloud button says (translated, logical order).
    virtual std::string spoken_text(UiContext& ctx) const = 0;
    virtual bool has_header() const { return true; }
};

}  // namespace gc::ui
