// groepsconsult-kiosk: the fullscreen participant kiosk.
#include "kiosk/kiosk_app.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/library_environment.hpp"
#include "kiosk/process_start.hpp"
#include "kiosk/startup_heap.hpp"
#include "runtime/logging.hpp"
#include "ui/fonts.hpp"
#include "ui/runner.hpp"
#include "ui/theme.hpp"
#include "ui/ui_script.hpp"

#include <spdlog/spdlog.h>

#include <fstream>
#include <future>
#include <iostream>
#include <memory>

namespace {

int run(const gc::kiosk::KioskOptions& options, gc::kiosk::StartupHeap& startup_heap) {
    // Start-up phases at debug level (GROEPSCONSULT_LOG_LEVEL=debug): where the first frame's
    // time goes (benchmark: tests/ui/bench_kiosk.cpp).
    auto phase = [](const char* what) { spdlog::debug("startup: {} at {:.0f} ms", what, gc::kiosk::ms_since_process_start()); };
    phase("main");
    // Three things overlap until the first frame (2 cores): the font atlas and the data files
    // and database (demo: KDF and demo data; started once SDL is up), each on a worker thread,
    // and the window + GL context on this thread. (Loading Mesa's driver on a third worker was
    // tried: less CPU on this thread, but no earlier first frame on 2 cores.)
    gc::ui::BackgroundFontAtlas atlas(gc::kiosk::KioskApp::fonts_toml(), gc::ui::ui_scale_from_environment());
    std::future<std::unique_ptr<gc::kiosk::KioskApp>> app_ready;
    gc::ui::RunnerOptions runner_options;
    runner_options.fullscreen = !options.windowed && !options.script;
    runner_options.width = options.width;
    runner_options.height = options.height;
    gc::ui::RunnerStartup startup;
    startup.video_started = [&] {
        app_ready = std::async(std::launch::async, [&options] { return std::make_unique<gc::kiosk::KioskApp>(options); });
    };
    startup.font_atlas = [&] {
        phase("window and GL context");
        ImFontAtlas* built = atlas.wait();
        phase("font atlas");
        return built;
    };
    gc::ui::Runner runner(runner_options, startup);
    const std::unique_ptr<gc::kiosk::KioskApp> app_owner = app_ready.get();  // a broken data file throws here
    gc::kiosk::KioskApp& app = *app_owner;
    phase("data files and database ready");
    app.use_fonts(atlas.fonts());
    runner.set_draw([&] { app.draw(); });
    runner.set_event_hook([&](const SDL_Event& e) {
        if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_FINGERDOWN) app.touched();
    });
    runner.render_frame();
    phase("first frame presented");
    startup_heap.end();
    if (options.exit_after_first_frame) {
        std::cout << "first_frame_ms=" << static_cast<long>(gc::kiosk::ms_since_process_start() + 0.5) << std::endl;
        return 0;
    }
    const Uint32 wake_event = runner.wake_event();
    app.start_services([wake_event] {
        SDL_Event e{};
        e.type = wake_event;  // SDL_PushEvent is thread-safe: wakes the idle loop
        SDL_PushEvent(&e);
    });

    if (options.script) {
        std::ifstream script(*options.script);
        gc::ui::ScriptHooks hooks{[&] { return app.where(); },
                                  [&](gc::Millis d) { app.clock().advance(d); },
                                  [&](int n) {
                                      if (!app.demo()) throw std::runtime_error("type-card needs --demo");
                                      return app.demo()->card_codes.at(static_cast<std::size_t>(n));
                                  },
                                  [&] { app.tick(); },
                                  [&](const std::string& key) { return app.stored(key); },
                                  [&](double sys, double dia, double pulse, bool irregular) {
                                      return app.script_blood_pressure(sys, dia, pulse, irregular);
                                  }};
        return gc::ui::run_ui_script(runner, script, options.screenshot_dir, hooks);
    }
    for (;;) {
        app.tick();
        if (!runner.step(std::min(app.next_deadline_in(), gc::Millis(60 * 60 * 1000)))) break;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    gc::init_logging("groepsconsult-kiosk");
    gc::kiosk::StartupHeap startup_heap;  // before any thread starts
    gc::kiosk::prepare_library_environment();
    gc::kiosk::KioskOptions options;
    if (auto exit_code = gc::kiosk::parse_kiosk_options(argc, argv, options)) return *exit_code;
    try {
        return run(options, startup_heap);
    } catch (const std::exception& e) {
        spdlog::critical("{}", e.what());
        std::cerr << "groepsconsult-kiosk: " << e.what() << "\n";
        return 1;
    }
}
