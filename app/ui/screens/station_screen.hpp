#pragma once
#include "core/flow/keypad_buffer.hpp"
#include "ui/screen.hpp"

#include <map>
#include <optional>
#include <vector>

namespace gc::ui {

// One station of the circuit. Measure stations: pick an entry, type the value on the keypad,
// save; the traffic light and its sentence appear once the value is stored. Question stations:
// one question at a time, answered with large buttons.
class StationScreen final : public Screen {
public:
    void enter(UiContext& ctx) override;
    std::string title(UiContext& ctx) const override;
    Pictogram pictogram(UiContext& ctx) const override;
    void draw_body(UiContext& ctx) override;
    std::string spoken_text(UiContext& ctx) const override;

private:
    void draw_measure_station(UiContext& ctx);
    void draw_questions(UiContext& ctx);
    void select_entry(UiContext& ctx, std::size_t index);
    void save_value(UiContext& ctx);
    void refresh_assessment(UiContext& ctx);
    void save_bp_entry(UiContext& ctx, double value);
    // Each stored value's light: colour, symbol and word, with its sentence.
    void draw_lights(UiContext& ctx, const std::vector<const MeasureLight*>& lights, float width);
    void draw_blood_pressure_guide(UiContext& ctx, float width);
    void draw_station_questions(UiContext& ctx, float width);
    bool draw_countdown(UiContext& ctx, float width);  // true while a rest or pause runs

    std::size_t m_entry = 0;
    std::size_t m_question = 0;
    KeypadBuffer m_keypad;
    const char* m_error = nullptr;  // msgid
    std::optional<Assessment> m_assessment;
    std::map<Measure, double> m_pending;  // blood pressure: this reading's values typed so far
};

}  // namespace gc::ui
