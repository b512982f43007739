#pragma once
// Host tab "Bord": every participant of the session with their stations (done, missing,
// re-measure), urgent alerts on top until acknowledged. A tapped row opens its actions:
// correct a value (the old one stays in the history), reprint the sheet or the card, switch
// the language, merge a duplicate registration into it; below them what the host needs to know
// of that participant: then and now at a follow-up visit, referrals and follow-up dates, and
// the blood-pressure meter's irregular-heartbeat note. While the participant at this kiosk rests
// before the blood pressure, a strip on top lets the host end the rest ("Rustpauze overslaan").
#include "core/host/host_desk.hpp"
#include "core/flow/keypad_buffer.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"

#include <functional>
#include <string>
#include <vector>

namespace gc::ui {

struct BoardActions {
    // Each returns a Dutch msgid when it failed, else nullptr.
    std::function<const char*(std::int64_t visit, const std::string& language)> reprint_sheet;
    std::function<const char*(const std::string& card_code)> reprint_card;
    // Close host mode without wiping the participant at the kiosk (after the host ended their rest).
    std::function<void()> back_to_participant;
};

class BoardPanel final : public HostPanel {
public:
    BoardPanel(HostDesk& desk, const Circuit& circuit, int current_year, BoardActions actions)
        : m_desk(desk), m_circuit(circuit), m_year(current_year), m_actions(std::move(actions)) {}
    std::string id() const override { return "board"; }
    std::string title() const override;
    bool needs_attention() const override { return m_desk.needs_attention(); }
    void enter(UiContext& ctx) override;
    void draw(UiContext& ctx) override;

private:
    enum class Mode { Table, Correct, Language, Merge };
    struct Line {
        std::string text;
        ImU32 colour;
    };
    void draw_alerts(UiContext& ctx, float width);
    void draw_here(UiContext& ctx, float width);
    std::vector<Line> details(const UiContext& ctx, const BoardRow& row) const;
    void draw_table(UiContext& ctx, float width, float reserved);
    void draw_actions(UiContext& ctx, float width);
    void draw_correct(UiContext& ctx, float width);
    void draw_language(UiContext& ctx, float width);
    const BoardRow* selected() const;
    void report(const Outcome& outcome, const char* success_msgid);

    HostDesk& m_desk;
    const Circuit& m_circuit;
    int m_year;
    BoardActions m_actions;
    Mode m_mode = Mode::Table;
    std::int64_t m_selected = 0;  // participant id
    std::size_t m_page = 0;
    std::string m_measure;  // measure name being corrected
    KeypadBuffer m_value{1, 5};
    HostMessage m_message;
};

}  // namespace gc::ui
