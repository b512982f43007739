#include "ui/runner.hpp"

#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <imgui.h>
#include <SDL_opengl.h>
#include <stb/stb_image_write.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace gc::ui {

Runner::Runner(const RunnerOptions& options, const RunnerStartup& startup) {
    SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
    SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");  // TouchInput handles fingers itself
    // EGL instead of GLX on X11: Mesa's context comes up about 90 ms sooner (measured under
    // Xvfb/llvmpipe; the same driver renders). An explicit environment setting still wins.
    SDL_SetHintWithPriority(SDL_HINT_VIDEO_X11_FORCE_EGL, "1", SDL_HINT_DEFAULT);
    // Only video and timers: joystick/sensor subsystems make SDL_WaitEventTimeout poll.
    if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
        throw std::runtime_error(std::string("SDL could not start: ") + SDL_GetError());
    }
    ImFontAtlas* shared_atlas = nullptr;
    try {
        if (startup.video_started) startup.video_started();
        create_window(options);
        if (startup.font_atlas) shared_atlas = startup.font_atlas();
    } catch (...) {
        if (m_gl) SDL_GL_DeleteContext(m_gl);
        if (m_window) SDL_DestroyWindow(m_window);
        SDL_Quit();
        throw;
    }

    IMGUI_CHECKVERSION();
    ImGui::CreateContext(shared_atlas);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // a kiosk remembers no window layout
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.MouseDragThreshold = 20.0f;  // a finger wobbles; a tap stays a tap
    ImGui_ImplSDL2_InitForOpenGL(m_window, m_gl);
    ImGui_ImplOpenGL3_Init("#version 150");
}

void Runner::create_window(const RunnerOptions& options) {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
    SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
    Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_ALLOW_HIGHDPI;
    // The offscreen driver has no desktop to fill; it gets the plain window size.
    const char* driver = SDL_GetCurrentVideoDriver();
    const bool offscreen = driver && std::string(driver) == "offscreen";
    int x = SDL_WINDOWPOS_CENTERED, y = SDL_WINDOWPOS_CENTERED, w = options.width, h = options.height;
    SDL_Rect desktop{};
    if (options.fullscreen && !offscreen && SDL_GetDisplayBounds(0, &desktop) == 0) {
        // Asking for fullscreen at creation makes SDL wait up to 100 ms for a window manager
        // (a kiosk session has none). A borderless window covering the display looks the same;
        // fullscreen is requested after the first frame.
        flags |= SDL_WINDOW_BORDERLESS;
        x = desktop.x, y = desktop.y, w = desktop.w, h = desktop.h;
        m_fullscreen_pending = true;
    }
    m_window = SDL_CreateWindow(options.title, x, y, w, h, flags);
    if (!m_window) throw std::runtime_error(std::string("no window: ") + SDL_GetError());
    m_gl = SDL_GL_CreateContext(m_window);
    if (!m_gl) throw std::runtime_error(std::string("no OpenGL 3.2 context: ") + SDL_GetError());
    SDL_GL_MakeCurrent(m_window, m_gl);
    SDL_GL_SetSwapInterval(1);
    SDL_ShowCursor(SDL_DISABLE);
    m_wake_event = SDL_RegisterEvents(1);
}

Runner::~Runner() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
    ImGui::DestroyContext();
    if (m_gl) SDL_GL_DeleteContext(m_gl);
    if (m_window) SDL_DestroyWindow(m_window);
    SDL_Quit();
}

int Runner::width() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    return w;
}

int Runner::height() const {
    int w = 0, h = 0;
    SDL_GetWindowSize(m_window, &w, &h);
    return h;
}

void Runner::handle(const SDL_Event& e) {
    if (m_event_hook) m_event_hook(e);
    if (e.type == SDL_QUIT) m_quit = true;
    if (m_input.handle(e, width(), height())) return;
    ImGui_ImplSDL2_ProcessEvent(&e);
}

bool Runner::step(Millis max_wait) {
    if (m_fullscreen_pending && m_frames_presented > 0) {
        // After the first frame, not before it: under X without a window manager SDL waits
        // 100 ms for one to answer. A window manager, if any, then keeps the kiosk on top.
        m_fullscreen_pending = false;
        SDL_SetWindowFullscreen(m_window, SDL_WINDOW_FULLSCREEN_DESKTOP);
        m_pending_frames = std::max(m_pending_frames, 1);
    }
    SDL_Event e;
    bool any = false;
    if (m_pending_frames > 0 || m_input.busy() || max_wait.count() <= 0) {
        while (SDL_PollEvent(&e)) {
            handle(e);
            any = true;
        }
    } else if (SDL_WaitEventTimeout(&e, static_cast<int>(std::min<Millis::rep>(max_wait.count(), 1 << 30)))) {
        handle(e);
        while (SDL_PollEvent(&e)) handle(e);
        any = true;
    } else {
        m_pending_frames = std::max(m_pending_frames, 1);  // a deadline passed: redraw once
    }
    if (any) m_pending_frames = std::max(m_pending_frames, 3);
    if (m_input.busy()) m_pending_frames = std::max(m_pending_frames, 1);
    if (m_pending_frames > 0) {
        render_frame();
        --m_pending_frames;
    }
    return !m_quit;
}

void Runner::draw_into_back_buffer() {
    ImGui_ImplOpenGL3_NewFrame();
    if (!m_atlas_uploaded) {
        // The backend's first NewFrame put the atlas into a GL texture. Fonts are never rebuilt
        // at run time, so the CPU copies (alpha + RGBA, about 5 MB) go now, before the first
        // frame's rendering (llvmpipe compiles its shaders then): lower peak RSS.
        ImGui::GetIO().Fonts->ClearTexData();
        m_atlas_uploaded = true;
    }
    ImGui_ImplSDL2_NewFrame();
    m_input.apply(ImGui::GetIO());
    ImGui::NewFrame();
    if (m_draw) m_draw();
    ImGui::Render();
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.98f, 0.97f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Runner::render_frame() {
    draw_into_back_buffer();
    SDL_GL_SwapWindow(m_window);
    ++m_frames_presented;
}

bool Runner::save_screenshot(const std::filesystem::path& png) {
    // Draw the current state again and read the back buffer before it is swapped.
    draw_into_back_buffer();
    int w = 0, h = 0;
    SDL_GL_GetDrawableSize(m_window, &w, &h);
    std::vector<unsigned char> pixels(static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * 4);
    glReadBuffer(GL_BACK);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    SDL_GL_SwapWindow(m_window);
    const std::size_t row = static_cast<std::size_t>(w) * 4;
    std::vector<unsigned char> flipped(pixels.size());
    for (int y = 0; y < h; ++y) {
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(h - 1 - y) * row), row,
                    flipped.begin() + static_cast<std::ptrdiff_t>(static_cast<std::size_t>(y) * row));
    }
    std::filesystem::create_directories(png.parent_path());
    return stbi_write_png(png.c_str(), w, h, 4, flipped.data(), static_cast<int>(row)) != 0;
}

}  // namespace gc::ui
