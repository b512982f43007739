#pragma once
// Drives the real kiosk by injected SDL events, for tests and demos. One command per line:
//   tap <widget-id>            press and release on the widget's centre (fails if absent/disabled)
//   expect <screen>[:<station>] fail unless the flow shows that screen ("station:body")
//   shot <name>                save <screenshot-dir>/<name>.png
//   wait <seconds>             let time pass on the kiosk clock (inactivity countdowns)
//   type-card <n>              tap in the code of demo card n (0-based; card keys or keyboard)
//   type-text <text>           tap the on-screen keyboard keys for text (no spaces)
//   frames <n>                 draw n frames
//   expect-stored <key> <value> fail unless the store holds that value for the open visit:
//                              "<questionnaire>.<item>" an answer, "score:<questionnaire>" its
//                              score computed from the stored answers (see KioskApp::stored)
//   device-bp <sys> <dia> <pulse> [irregular]  a blood-pressure meter's reading (with its
//                              irregular-heartbeat flag) reaches the flow as a device's would
// Blank lines and lines starting with # are ignored.
#include "ui/runner.hpp"

#include <filesystem>
#include <functional>
#include <istream>
#include <string>

namespace gc::ui {

struct ScriptHooks {
    std::function<std::string()> where;                // "attract", "station:body", ...
    std::function<void(std::chrono::milliseconds)> advance_clock;
    std::function<std::string(int)> demo_card;         // canonical code of demo card n
    std::function<void()> tick;                        // let the flow see the time
    std::function<std::string(const std::string&)> stored;  // expect-stored; "" when absent
    // device-bp: false when the flow refused the reading.
    std::function<bool(double systolic, double diastolic, double pulse, bool irregular)> device_bp;
};

// Returns 0 when every command succeeded; prints the failing line to stderr otherwise.
int run_ui_script(Runner& runner, std::istream& script, const std::filesystem::path& screenshot_dir,
                  const ScriptHooks& hooks);

// Press and release on a widget of the last drawn frame. False when it is not there or disabled.
bool tap_widget(Runner& runner, const std::string& id);

}  // namespace gc::ui
