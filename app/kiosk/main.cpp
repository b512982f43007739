// groepsconsult-kiosk: the fullscreen participant kiosk.
#include "core/clock.hpp"
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "i18n/speaker.hpp"
#include "kiosk/demo_setup.hpp"
#include "kiosk/kiosk_options.hpp"
#include "kiosk/process_start.hpp"
#include "kiosk/store_visit_recorder.hpp"
#include "runtime/logging.hpp"
#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"
#include "ui/fonts.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/runner.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/ui_script.hpp"

#include <imgui.h>
#include <spdlog/spdlog.h>

#include <ctime>
#include <fstream>
#include <iostream>

namespace {

std::string read_asset(const std::string& relative) {
    const auto path = gc::asset_path(relative);
    auto text = gc::read_text_file(path);
    if (!text) throw std::runtime_error("cannot read " + path.string());
    return *text;
}

int current_year() {
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    return local.tm_year + 1900;
}

std::string where(const gc::ParticipantFlow& flow) {
    std::string name(gc::flow_screen_name(flow.screen()));
    if (flow.screen() == gc::FlowScreen::Station) name += ":" + flow.current_station().id;
    return name;
}

int run(const gc::kiosk::KioskOptions& options) {
    // Data first: a broken file stops the kiosk before a participant sees anything.
    for (const auto& problem : gc::i18n::init(gc::i18n::load_languages())) {
        // For the host (and the journal), never for the participant: texts fall back to Dutch.
        spdlog::warn("language catalog: {}", problem);
    }
    const gc::Circuit circuit = gc::parse_circuit(read_asset("stations/circuit.toml"), "stations/circuit.toml");
    const std::string rules_file = "rules/" + options.ruleset + ".toml";
    const gc::Ruleset rules = gc::Ruleset::parse(read_asset(rules_file), rules_file);

    std::optional<gc::store::Store> store;
    std::optional<gc::kiosk::DemoSetup> demo;
    if (!options.demo) {
        std::cerr << "Only demo mode is available in this version: run with --demo.\n";
        return 2;
    }
    demo = gc::kiosk::create_demo(store, options.demo_participants);
    std::cout << "demo database: " << (demo->data_dir / "kiosk.db").string() << "\n"
              << "demo passphrase: " << demo->passphrase << "\n"
              << "demo card codes:";
    for (const auto& code : demo->card_codes) std::cout << " " << code;
    std::cout << std::endl;

    gc::kiosk::StoreVisitRecorder recorder(*store, demo->session, [](gc::store::VisitId, const std::string&) {
        // The results sheet and the print queue come with the report layer; until then the
        // participant is told the host will print it (never blocked).
        return gc::Outcome::failure(N_("De printer doet het nu niet."), "no sheet printer configured");
    });
    gc::OffsetClock clock;
    gc::ParticipantFlow flow(circuit, clock, recorder);

    gc::ui::RunnerOptions runner_options;
    runner_options.fullscreen = !options.windowed && !options.script;
    runner_options.width = options.width;
    runner_options.height = options.height;
    gc::ui::Runner runner(runner_options);
    const float scale = gc::ui::ui_scale_from_environment();
    gc::ui::UiContext ctx{flow, rules, gc::ui::metrics_for(scale), {}, nullptr, current_year(), {}};
    ctx.fonts = gc::ui::load_fonts(read_asset("fonts.toml"), scale);
    gc::ui::apply_theme(ctx.metrics);
    gc::i18n::Speaker speaker;
    ctx.speaker = &speaker;
    ctx.switch_language = [](const std::string& code) {
        if (auto problem = gc::i18n::set_language(code)) spdlog::warn("language: {}", *problem);
        gc::ui::clear_text_cache();
    };
    gc::ui::KioskUi ui(ctx);
    runner.set_draw([&] { ui.draw(); });
    runner.set_event_hook([&](const SDL_Event& e) {
        if (e.type == SDL_MOUSEBUTTONDOWN || e.type == SDL_FINGERDOWN) flow.touch();
    });

    if (options.exit_after_first_frame) {
        runner.render_frame();
        std::cout << "first_frame_ms=" << static_cast<long>(gc::kiosk::ms_since_process_start() + 0.5) << std::endl;
        return 0;
    }
    if (options.script) {
        std::ifstream script(*options.script);
        gc::ui::ScriptHooks hooks{[&] { return where(flow); },
                                  [&](gc::Millis d) { clock.advance(d); },
                                  [&](int n) { return demo->card_codes.at(static_cast<std::size_t>(n)); },
                                  [&] { flow.tick(); }};
        return gc::ui::run_ui_script(runner, script, options.screenshot_dir, hooks);
    }
    for (;;) {
        flow.tick();
        const gc::Millis wait = flow.next_deadline_in();
        if (!runner.step(std::min(wait, gc::Millis(60 * 60 * 1000)))) break;
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    gc::init_logging("groepsconsult-kiosk");
    gc::kiosk::KioskOptions options;
    if (auto exit_code = gc::kiosk::parse_kiosk_options(argc, argv, options)) return *exit_code;
    try {
        return run(options);
    } catch (const std::exception& e) {
        spdlog::critical("{}", e.what());
        std::cerr << "groepsconsult-kiosk: " << e.what() << "\n";
        return 1;
    }
}
