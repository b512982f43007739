#pragma once
#include "ui/screen.hpp"

namespace gc::ui {

// The start: a welcome and one large button per language, each named in its own script.
class AttractScreen final : public Screen {
public:
    std::string title(UiContext&) const override;
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;
    bool has_header() const override { return false; }
    void enter(UiContext& ctx) override;

private:
    std::string m_choose_in_every_language;  // "Choose your language · Dilinizi seçin · ..."
};

}  // namespace gc::ui
