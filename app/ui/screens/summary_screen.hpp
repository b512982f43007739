#pragma once
#include "ui/screen.hpp"

#include <optional>

namespace gc::ui {

// All results with their traffic lights, the risk estimate (or why there is none), and print.
class SummaryScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext&) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::Check; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    std::string risk_sentence() const;  // risk and heart age in words (i18n/risk_words.hpp)

    std::optional<Assessment> m_assessment;
};

}  // namespace gc::ui
