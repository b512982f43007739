#pragma once
#include "ui/screen.hpp"
#include "ui/widgets/spider_chart.hpp"

#include <array>

#include <cstddef>

namespace gc::ui {

// A station of kind "questions": one question per screen, answered by tapping a large picture
// answer or a 0-10 scale; the next question follows on its own. After the last Positieve
// Gezondheid grade the participant sees their spider web.
class QuestionsScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext& ctx) const override;
    Pictogram pictogram(UiContext& ctx) const override;
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    void draw_question(UiContext& ctx, const Question& q);
    void draw_web(UiContext& ctx);
    void answered(UiContext& ctx);
    bool has_web(const UiContext& ctx) const;

    std::size_t m_question = 0;  // == questions.size(): the spider web page
    const char* m_error = nullptr;
};

// The six Positieve Gezondheid grades of this visit as spider-web axes (translated labels).
std::array<SpiderAxis, 6> positive_health_axes(const UiContext& ctx);

}  // namespace gc::ui
