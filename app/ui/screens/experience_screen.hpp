#pragma once
#include "ui/screen.hpp"

#include <map>
#include <string>

namespace gc::ui {

// End of the visit: three quick questions with faces (clear? welcome? come back?), from the
// experience questionnaire. Stored per session, not per person.
class ExperienceScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext& ctx) const override;
    Pictogram pictogram(UiContext&) const override { return Pictogram::FaceHappy; }
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    std::map<std::string, std::string> m_answers;  // item id → answer id
    const char* m_error = nullptr;
};

}  // namespace gc::ui
