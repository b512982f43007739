#pragma once
// One frame of the participant kiosk: the current screen inside the shared chrome (header with
// pictogram, title and read-aloud), and the "Bent u er nog?" overlay on top.
#include "ui/screen.hpp"
#include "ui/ui_context.hpp"

#include <map>
#include <memory>

namespace gc::ui {

class KioskUi {
public:
    explicit KioskUi(UiContext& ctx);
    void draw();  // between ImGui::NewFrame() and ImGui::Render()
    Screen& current_screen();

private:
    void follow_flow();
    void draw_header(Screen& screen);
    void draw_warning();

    UiContext& m_ctx;
    std::map<FlowScreen, std::unique_ptr<Screen>> m_screens;
    FlowScreen m_shown = FlowScreen::Attract;
    std::size_t m_shown_station = 0;
    bool m_entered = false;
};

}  // namespace gc::ui
