#pragma once
// Pointer state for ImGui 1.86 that works with touch and with injected SDL events.
// The stock SDL backend reads the pointer position from the X server each frame (pushed events
// never move it), ignores finger events, and leaves hover stuck after a tap. This shim keeps
// its own pointer from SDL_MOUSE* and SDL_FINGER* events and writes it into ImGui after the
// backend's NewFrame (see shared/reference/ui-platform-notes.md §2).
#include <SDL.h>

struct ImGuiIO;

namespace gc::ui {

class TouchInput {
public:
    // Returns true when the event was a pointer event (the caller need not pass it to ImGui).
    bool handle(const SDL_Event& e, int window_w, int window_h);
    // Between ImGui_ImplSDL2_NewFrame() and ImGui::NewFrame().
    void apply(ImGuiIO& io);
    // More frames are needed to deliver a latched press/release or clear hover.
    bool busy() const { return m_press_latched || m_release_pending || m_clear_hover_next; }

private:
    void press(float x, float y);
    void release(float x, float y);

    float m_x = -1, m_y = -1;
    bool m_down = false;
    bool m_press_latched = false;   // a press always reaches ImGui for at least one frame
    bool m_release_pending = false;
    bool m_clear_hover_next = false;
    bool m_hover_valid = false;
};

}  // namespace gc::ui
