#pragma once
// Shared by the headless UI tests: source files, and the parts every headless kiosk has.
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "../core/no_recorder.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "runtime/text_file.hpp"
#include "ui/fonts.hpp"
#include "ui/runner.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <chrono>
#include <functional>
#include <string>

namespace gc::test {

// A file of the source tree (assets, fixtures) as text; the test stops if it is missing.
inline std::string source_file(const std::string& relative) {
    auto text = read_text_file(std::string(GC_TEST_SOURCE_DIR) + "/" + relative);
    REQUIRE(text.has_value());
    return *text;
}

// An offscreen runner with the real circuit, rules, catalogs, fonts and theme, and a flow
// that records into `Recorder`. The test sets the runner's draw function.
// The text `draw` puts on screen, as ImGui's log captures it (lines as drawn: shaped and in
// visual order for Arabic), the line breaks of the wrapping read as spaces. Only text inside
// the current window: ImGui ends its log at the End() of any top-level window.
inline std::string drawn_text(const std::function<void()>& draw) {
    ImGui::LogToBuffer();
    draw();
    std::string shown = GImGui->LogBuffer.c_str();
    ImGui::LogFinish();
    std::replace(shown.begin(), shown.end(), '\n', ' ');
    return shown;
}

template <class Recorder>
struct HeadlessUi {
    Circuit circuit = parse_circuit(source_file("assets/stations/circuit.toml"), "circuit.toml");
    Ruleset rules = Ruleset::parse(source_file("assets/rules/nl-groepsconsult-2026.toml"), "rules.toml");
    ManualClock clock;
    Recorder recorder;
    ParticipantFlow flow{circuit, clock, recorder};
    ui::Runner runner{ui::RunnerOptions{false, 1280, 800, "test"}};
    ui::UiContext ctx{flow, rules, ui::metrics_for(1.0f), {}, nullptr, 2026, {}};

    HeadlessUi() {
        i18n::init(i18n::parse_languages(source_file("assets/languages.toml")));
        ctx.fonts = ui::load_fonts(source_file("assets/fonts.toml"), 1.0f);
        ui::apply_theme(ctx.metrics);
        ctx.switch_language = [](const std::string& code) {
            i18n::set_language(code);
            ui::clear_text_cache();
        };
    }
    void frames(int n) {
        for (int i = 0; i < n; ++i) {
            runner.request_frames(1);
            runner.step(std::chrono::milliseconds(0));
        }
    }
};

}  // namespace gc::test
