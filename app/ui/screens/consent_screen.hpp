#pragma once
#include "ui/screen.hpp"

#include <array>
#include <optional>

namespace gc::ui {

// Three separate questions, each answered yes or no on purpose (nothing is pre-ticked).
class ConsentScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext&) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::Check; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    std::array<std::optional<bool>, 3> m_answers;
};

}  // namespace gc::ui
