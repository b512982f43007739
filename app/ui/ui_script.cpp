#include "ui/ui_script.hpp"

#include "ui/widget_registry.hpp"

#include <cctype>
#include <iostream>
#include <sstream>

namespace gc::ui {
namespace {

void push_mouse(Uint32 type, ImVec2 at) {
    SDL_Event e{};
    e.type = type;
    e.button.which = 0;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.state = type == SDL_MOUSEBUTTONDOWN ? SDL_PRESSED : SDL_RELEASED;
    e.button.clicks = 1;
    e.button.x = static_cast<Sint32>(at.x);
    e.button.y = static_cast<Sint32>(at.y);
    SDL_PushEvent(&e);
}

void settle(Runner& runner, int frames) {
    for (int i = 0; i < frames; ++i) {
        runner.request_frames(1);
        runner.step(std::chrono::milliseconds(0));
    }
}

}  // namespace

bool tap_widget(Runner& runner, const std::string& id) {
    const WidgetRect* rect = widget_registry().find(id);
    if (!rect || !rect->enabled) return false;
    const ImVec2 at = rect->center();
    push_mouse(SDL_MOUSEBUTTONDOWN, at);
    settle(runner, 1);
    push_mouse(SDL_MOUSEBUTTONUP, at);
    settle(runner, 3);
    return true;
}

int run_ui_script(Runner& runner, std::istream& script, const std::filesystem::path& screenshot_dir,
                  const ScriptHooks& hooks) {
    settle(runner, 3);
    std::string line;
    int number = 0;
    while (std::getline(script, line)) {
        ++number;
        std::istringstream words(line);
        std::string command, arg;
        words >> command >> arg;
        if (command.empty() || command[0] == '#') continue;
        auto fail = [&](const std::string& why) {
            std::cerr << "script line " << number << " (" << line << "): " << why << "\n";
            return 1;
        };
        if (command == "tap") {
            if (!tap_widget(runner, arg)) return fail("no enabled widget '" + arg + "' on " + hooks.where());
        } else if (command == "expect") {
            if (hooks.where() != arg) return fail("the kiosk shows " + hooks.where());
        } else if (command == "shot") {
            if (!runner.save_screenshot(screenshot_dir / (arg + ".png"))) return fail("screenshot not written");
        } else if (command == "wait") {
            hooks.advance_clock(std::chrono::milliseconds(static_cast<long>(std::stod(arg) * 1000)));
            hooks.tick();
            settle(runner, 3);
        } else if (command == "type-card") {
            for (char symbol : hooks.demo_card(std::stoi(arg))) {
                // The card screen's code keys, or the on-screen keyboard (host mode).
                const char key = static_cast<char>(std::tolower(static_cast<unsigned char>(symbol)));
                if (!tap_widget(runner, std::string("code_") + symbol) && !tap_widget(runner, std::string("kb_") + key)) {
                    return fail("no key for card symbol");
                }
            }
        } else if (command == "type-text") {
            for (char c : arg) {
                if (!tap_widget(runner, std::string("kb_") + c)) return fail(std::string("no key '") + c + "'");
            }
        } else if (command == "expect-stored") {
            std::string expected;
            words >> expected;
            const std::string actual = hooks.stored ? hooks.stored(arg) : std::string();
            if (actual != expected) return fail("stored " + arg + " is '" + actual + "'");
        } else if (command == "device-bp") {
            double diastolic = 0, pulse = 0;
            std::string flag;
            words >> diastolic >> pulse >> flag;
            if (!hooks.device_bp || !hooks.device_bp(std::stod(arg), diastolic, pulse, flag == "irregular")) {
                return fail("the reading was refused on " + hooks.where());
            }
            settle(runner, 3);
        } else if (command == "frames") {
            settle(runner, std::stoi(arg));
        } else {
            return fail("unknown command");
        }
        hooks.tick();
    }
    return 0;
}

}  // namespace gc::ui
