#pragma once
// Owns the SDL2 window, the OpenGL 3 context and ImGui, and runs an event-driven loop: nothing
// is drawn while nothing happens; a few frames follow each input (ImGui settles in 2-3), and a
// timer wakes the loop when the flow has a deadline (countdowns).
#include "ui/touch_input.hpp"

#include <SDL.h>

#include <chrono>
#include <filesystem>
#include <functional>

struct ImFontAtlas;

namespace gc::ui {

struct RunnerOptions {
    bool fullscreen = true;
    int width = 1280;  // windowed size
    int height = 800;
    const char* title = "Groepsconsult";
};

// Start-up overlap (the kiosk's first frame): `video_started` runs right after SDL_Init, before
// the slow window + GL context creation (Mesa loads LLVM), so the caller can start work on
// another thread; SDL has then finished its temporary setlocale(). `font_atlas` runs after the
// context exists and before the ImGui context: the atlas it returns (built elsewhere, owned by
// the caller, outliving the runner) is shared with ImGui.
struct RunnerStartup {
    std::function<void()> video_started;
    std::function<ImFontAtlas*()> font_atlas;
};

class Runner {
public:
    using Millis = std::chrono::milliseconds;

    explicit Runner(const RunnerOptions& options, const RunnerStartup& startup = {});  // throws std::runtime_error
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    // Called once per frame between ImGui::NewFrame() and ImGui::Render().
    void set_draw(std::function<void()> draw) { m_draw = std::move(draw); }
    // Called for every event before ImGui sees it (e.g. "someone touched the screen").
    void set_event_hook(std::function<void(const SDL_Event&)> hook) { m_event_hook = std::move(hook); }

    // Waits for events up to `max_wait` (0: do not wait), handles them, and draws the frames
    // that are due. Returns false when the window was closed.
    bool step(Millis max_wait);
    void request_frames(int n) { m_pending_frames = std::max(m_pending_frames, n); }
    void render_frame();
    bool save_screenshot(const std::filesystem::path& png);  // the last rendered frame

    // Registered SDL event type that device and print threads push to wake the loop.
    Uint32 wake_event() const { return m_wake_event; }
    int width() const;
    int height() const;
    bool has_presented() const { return m_frames_presented > 0; }

private:
    void create_window(const RunnerOptions& options);
    void handle(const SDL_Event& e);
    void draw_into_back_buffer();  // one ImGui frame, rendered but not yet presented

    SDL_Window* m_window = nullptr;
    SDL_GLContext m_gl = nullptr;
    TouchInput m_input;
    std::function<void()> m_draw;
    std::function<void(const SDL_Event&)> m_event_hook;
    int m_pending_frames = 3;
    bool m_quit = false;
    Uint32 m_wake_event = 0;
    long m_frames_presented = 0;
    bool m_atlas_uploaded = false;
    bool m_fullscreen_pending = false;  // borderless at first, fullscreen after the first frame
};

}  // namespace gc::ui
