// Headless frame tests of the real ImGui screens: SDL offscreen video driver, real runner, real
// touch shim, taps injected as SDL events on widgets found by id.
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "runtime/text_file.hpp"
#include "core/host/pin_lock.hpp"
#include "core/offers/offers.hpp"
#include "core/questionnaire/questionnaire.hpp"
#include "ui/fonts.hpp"
#include "ui/host/devices_panel.hpp"
#include "ui/host/host_mode.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/screens/screens.hpp"
#include "ui/screens/talk_screen.hpp"
#include "ui/runner.hpp"
#include "ui/text_layout.hpp"
#include "ui/ui_script.hpp"
#include "ui/widget_registry.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cfloat>
#include <filesystem>
#include <regex>
#include <set>

using namespace gc;

namespace {

using test::source_file;

struct DoubleRecorder final : VisitRecorder {
    int measurements = 0;
    Outcome begin_visit(const std::string& card, const std::string&, const Consents&, ParticipantProfile& p) override {
        if (card != "7K3QX0PM4" && card != kValidDemoCard) return Outcome::failure("Onbekende kaart.", "unknown");
        p.sex = Sex::Male;
        p.birth_year = 1970;
        return Outcome::success();
    }
    Outcome record_measurement(Measure, double) override {
        ++measurements;
        return Outcome::success();
    }
    Outcome record_answer(const std::string&, const std::string&) override { return Outcome::success(); }
    Outcome request_sheet() override { return Outcome::success(); }
    void end_visit() override {}
    static constexpr const char* kValidDemoCard = "000000000";
};

// One kiosk on an offscreen window, as the executable builds it (minus the store).
struct Kiosk : test::HeadlessUi<DoubleRecorder> {
    ui::KioskUi kiosk_ui{ctx};

    Kiosk() {
        runner.set_draw([this] { kiosk_ui.draw(); });
        frames(3);
    }
    bool tap(const std::string& id) { return ui::tap_widget(runner, id); }
    const ui::WidgetRect& rect(const std::string& id) {
        const auto* r = ui::widget_registry().find(id);
        REQUIRE(r != nullptr);
        return *r;
    }
    void to_station() {
        REQUIRE(tap("lang_nl"));
        for (const char* id : {"consent_gp_yes", "consent_municipality_no", "consent_research_no", "next"}) REQUIRE(tap(id));
        for (char c : std::string("7K3QX0PM4")) REQUIRE(tap(std::string("code_") + c));
        REQUIRE(tap("next"));
        REQUIRE(flow.screen() == FlowScreen::Station);
    }
    // Every action on the screen shows a pictogram beside its word. Only where the word is the
    // content itself does a button go without: a language named in its own script, a keypad
    // digit or decimal sign, a card-code symbol, a number of the 0-10 tap scale.
    void check_pictograms() {
        static const std::regex word_is_content("lang_.*|(key|phone|fix)_([0-9]|decimal)|code_[0-9A-Z]|scale_([0-9]|10)");
        INFO("screen " << flow_screen_name(flow.screen()));
        REQUIRE_FALSE(ui::widget_registry().all().empty());
        for (const auto& r : ui::widget_registry().all()) {
            if (std::regex_match(r.id, word_is_content)) continue;
            INFO("button " << r.id << " has no pictogram");
            CHECK(r.pictogram);
        }
    }
    void check_target_sizes() {
        INFO("screen " << flow_screen_name(flow.screen()));
        REQUIRE_FALSE(ui::widget_registry().all().empty());
        for (const auto& r : ui::widget_registry().all()) {
            INFO("widget " << r.id << " is " << r.size().x << "x" << r.size().y);
            CHECK(r.size().x >= ctx.metrics.touch_min);
            CHECK(r.size().y >= ctx.metrics.touch_min);
            if (r.primary) {
                CHECK(r.size().x >= ctx.metrics.primary_min);
                CHECK(r.size().y >= ctx.metrics.primary_min);
            }
        }
    }
};

}  // namespace

TEST_CASE("taps by id walk a participant from the start to the summary", "[ui]") {
    Kiosk k;
    REQUIRE(k.flow.screen() == FlowScreen::Attract);
    REQUIRE(k.tap("lang_tr"));
    CHECK(k.flow.screen() == FlowScreen::Consent);
    CHECK(i18n::current_language().code == "tr");
    CHECK_FALSE(k.tap("next"));  // nothing pre-ticked: each consent is a choice
    for (const char* id : {"consent_gp_yes", "consent_municipality_no", "consent_research_yes"}) REQUIRE(k.tap(id));
    REQUIRE(k.tap("next"));
    CHECK(k.flow.visit().consents.share_with_gp);
    CHECK_FALSE(k.flow.visit().consents.municipality);
    CHECK(k.flow.screen() == FlowScreen::Card);

    for (char c : std::string("7K3QX0PM5")) REQUIRE(k.tap(std::string("code_") + c));  // wrong check symbol
    REQUIRE(k.tap("next"));
    CHECK(k.flow.screen() == FlowScreen::Card);
    REQUIRE(k.tap("code_erase"));
    REQUIRE(k.tap("code_4"));
    REQUIRE(k.tap("next"));
    CHECK(k.flow.screen() == FlowScreen::Station);

    // Blood pressure: while resting there is no keypad (the participant cannot skip the rest).
    CHECK_FALSE(k.tap("key_1"));
    CHECK_FALSE(k.tap("entry_systolic"));
    k.clock.advance(std::chrono::minutes(5));
    k.frames(2);
    // Three readings a minute apart typed on the keypad; the mean of the last two is stored.
    for (const char* top : {"key_6", "key_4", "key_0"}) {
        for (const char* id : {"key_1", "key_4", top, "save", "key_9", "key_2", "save", "key_7", "key_2", "save"}) REQUIRE(k.tap(id));
        CHECK(k.recorder.measurements == (std::string(top) == "key_0" ? 3 : 0));
        k.clock.advance(std::chrono::seconds(61));
        k.frames(2);
    }
    CHECK(k.flow.visit().values.at(Measure::Systolic) == 142);  // (144 + 140) / 2
    CHECK(k.flow.visit().values.at(Measure::Diastolic) == 92);
    for (std::size_t i = 0; i < k.circuit.stations.size(); ++i) REQUIRE(k.tap("next"));
    CHECK(k.flow.screen() == FlowScreen::Summary);
    REQUIRE(k.tap("print"));
    CHECK(k.flow.screen() == FlowScreen::Goodbye);
    REQUIRE(k.tap("done"));
    CHECK(k.flow.screen() == FlowScreen::Attract);
    CHECK(k.flow.visit().values.empty());
    k.frames(2);
    CHECK(i18n::current_language().code == "nl");
}

TEST_CASE("a value outside what can be typed is refused with a message, nothing stored", "[ui]") {
    Kiosk k;
    k.to_station();
    REQUIRE(k.tap("next"));  // length: at most 220 cm
    for (const char* id : {"key_3", "key_0", "key_0", "save"}) REQUIRE(k.tap(id));
    CHECK(k.flow.visit().values.empty());
    CHECK(k.recorder.measurements == 0);
}

TEST_CASE("every touch target is at least 48 px, primary actions at least 80 px", "[ui][targets]") {
    Kiosk k;
    k.check_target_sizes();
    REQUIRE(k.tap("lang_pl"));
    k.check_target_sizes();
    for (const char* id : {"consent_gp_yes", "consent_municipality_no", "consent_research_no", "next"}) REQUIRE(k.tap(id));
    k.check_target_sizes();
    for (char c : std::string("7K3QX0PM4")) REQUIRE(k.tap(std::string("code_") + c));
    REQUIRE(k.tap("next"));
    for (std::size_t i = 0; i < k.circuit.stations.size(); ++i) {
        k.check_target_sizes();
        REQUIRE(k.tap("next"));
    }
    k.check_target_sizes();  // summary
    REQUIRE(k.tap("print"));
    k.check_target_sizes();  // goodbye
}

namespace {

// Every questionnaire the kiosk ships (assets/questionnaires/*.toml), as the kiosk loads them.
std::vector<Questionnaire> shipped_questionnaires() {
    std::vector<Questionnaire> all;
    for (const auto& entry : std::filesystem::directory_iterator(std::string(GC_TEST_SOURCE_DIR) + "/assets/questionnaires")) {
        const std::string name = "assets/questionnaires/" + entry.path().filename().string();
        all.push_back(parse_questionnaire(source_file(name), name));
    }
    return all;
}

}  // namespace

TEST_CASE("every action on every participant screen has a pictogram beside its word", "[ui][pictograms]") {
    Kiosk k;
    attach_questionnaires(k.circuit, shipped_questionnaires());  // the questions station asks them; goodbye offers "experience"
    const OfferCatalog offers = parse_offers(source_file("assets/offers/utrecht-overvecht.toml"), "utrecht-overvecht.toml");
    k.ctx.offers = &offers;  // so the summary offers the talk
    k.check_pictograms();  // attract
    REQUIRE(k.tap("lang_nl"));
    k.check_pictograms();
    for (const char* id : {"consent_gp_yes", "consent_municipality_no", "consent_research_no", "next"}) REQUIRE(k.tap(id));
    k.check_pictograms();  // card
    for (char c : std::string("7K3QX0PM4")) REQUIRE(k.tap(std::string("code_") + c));
    REQUIRE(k.tap("next"));
    k.check_pictograms();  // blood pressure, resting
    k.flow.host_skip_rest();
    k.frames(2);
    k.check_pictograms();  // blood pressure, keypad
    for (std::size_t i = 0; i < k.circuit.stations.size(); ++i) {
        if (k.circuit.stations[i].id == "glucose") {
            REQUIRE(k.tap("answer_from_2h"));  // the "when did you eat" answers stay in view once one is chosen
        }
        k.check_pictograms();
        REQUIRE(k.tap("next"));
    }
    REQUIRE(k.flow.screen() == FlowScreen::Summary);
    k.check_pictograms();
    REQUIRE(k.tap("talk"));
    REQUIRE(k.flow.screen() == FlowScreen::Talk);
    k.check_pictograms();  // the six goals
    REQUIRE(k.tap("goal_movement"));
    REQUIRE(k.tap("talk_next"));
    k.check_pictograms();  // the offers, none chosen yet
    const std::vector<const Offer*> fitting = offers.matching(LifestyleGoal::Movement);
    REQUIRE_FALSE(fitting.empty());
    REQUIRE(k.tap("offer_" + fitting.front()->id));
    k.check_pictograms();
    REQUIRE(k.tap("talk_next"));
    REQUIRE(k.tap("call_yes"));
    k.check_pictograms();  // "may they call you" and the phone keypad
    for (int i = 0; i < 3; ++i) REQUIRE(k.tap("back"));
    REQUIRE(k.flow.screen() == FlowScreen::Summary);
    REQUIRE(k.tap("print"));
    k.check_pictograms();  // goodbye
    REQUIRE(k.tap("experience"));
    REQUIRE(k.flow.screen() == FlowScreen::Experience);
    k.check_pictograms();
}

TEST_CASE("every answer in the data files and every goal names a pictogram that is drawn", "[ui][pictograms]") {
    const Circuit circuit = parse_circuit(source_file("assets/stations/circuit.toml"), "circuit.toml");
    for (const Station& s : circuit.stations) {
        INFO("station " << s.id << " pictogram '" << s.pictogram << "'");
        CHECK(ui::pictogram_from_name(s.pictogram) != ui::Pictogram::None);
        for (const Question& q : s.questions) {
            for (const AnswerOption& o : q.options) {
                INFO("circuit.toml answer " << q.id << "/" << o.id << " pictogram '" << o.pictogram << "'");
                CHECK(ui::pictogram_from_name(o.pictogram) != ui::Pictogram::None);
            }
        }
    }
    const std::vector<Questionnaire> questionnaires = shipped_questionnaires();
    CHECK(questionnaires.size() >= 5);
    for (const Questionnaire& q : questionnaires) {
        for (const QuestionnaireItem& item : q.items) {
            if (item.kind == ItemKind::Scale) continue;  // 0-10: the number is the answer
            for (const ItemOption& o : item.options) {
                INFO(q.id << " answer " << item.id << "/" << o.id << " pictogram '" << o.pictogram << "'");
                CHECK(ui::pictogram_from_name(o.pictogram) != ui::Pictogram::None);
            }
        }
    }
    for (const LifestyleGoal g : kLifestyleGoals) {
        INFO("goal " << goal_name(g));
        CHECK(ui::goal_pictogram(g) != ui::Pictogram::None);
    }
    CHECK(ui::pictogram_from_name("no_such_picture") == ui::Pictogram::None);
}

TEST_CASE("a data file naming a pictogram that does not exist is refused with the file, answer and name", "[ui][pictograms]") {
    const std::string circuit_text = source_file("assets/stations/circuit.toml");
    Circuit shipped = parse_circuit(circuit_text, "stations/circuit.toml");
    attach_questionnaires(shipped, shipped_questionnaires());
    CHECK_NOTHROW(ui::check_circuit_pictograms(shipped, "stations/circuit.toml"));

    std::string typo = circuit_text;
    const std::string food = "\"Minder dan 2 uur geleden\", \"food\"]";
    REQUIRE(typo.find(food) != std::string::npos);
    typo.replace(typo.find(food), food.size(), "\"Minder dan 2 uur geleden\", \"fod\"]");
    const Circuit broken = parse_circuit(typo, "stations/circuit.toml");
    REQUIRE_THROWS_WITH(ui::check_circuit_pictograms(broken, "stations/circuit.toml"),
                        Catch::Contains("stations/circuit.toml") && Catch::Contains("last_meal/less_2h") &&
                            Catch::Contains("'fod'"));

    std::string lifestyle = source_file("assets/questionnaires/lifestyle.toml");
    const std::string walk = "pictogram = \"walk\"";
    REQUIRE(lifestyle.find(walk) != std::string::npos);
    lifestyle.replace(lifestyle.find(walk), walk.size(), "pictogram = \"wlak\"");
    Circuit with_typo = parse_circuit(circuit_text, "stations/circuit.toml");
    std::vector<Questionnaire> questionnaires = shipped_questionnaires();
    for (Questionnaire& q : questionnaires) {
        if (q.id == "lifestyle") q = parse_questionnaire(lifestyle, "lifestyle.toml");
    }
    attach_questionnaires(with_typo, std::move(questionnaires));
    REQUIRE_THROWS_WITH(ui::check_circuit_pictograms(with_typo, "stations/circuit.toml"),
                        Catch::Contains("questionnaires/lifestyle.toml") && Catch::Contains("'wlak'"));
}

TEST_CASE("every pictogram draws something, at 48 px and large (a sheet of them to look at)", "[ui][pictograms]") {
    Kiosk k;
    constexpr int kCount = static_cast<int>(ui::Pictogram::Ring) + 1;  // Ring is the last one
    std::vector<int> vertices(kCount, 0);
    k.runner.set_draw([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1280, 800));
        ImGui::Begin("sheet", nullptr, ImGuiWindowFlags_NoDecoration);
        ImDrawList* dl = ImGui::GetWindowDrawList();
        for (int i = 1; i < kCount; ++i) {
            const float col = static_cast<float>((i - 1) % 10), row = static_cast<float>((i - 1) / 10);
            const int before = dl->VtxBuffer.Size;
            ui::draw_pictogram(static_cast<ui::Pictogram>(i), ImVec2(70 + col * 125, 60 + row * 195), 96, ui::colours::kText);
            ui::draw_pictogram(static_cast<ui::Pictogram>(i), ImVec2(70 + col * 125, 150 + row * 195), 48, ui::colours::kText);
            vertices[static_cast<std::size_t>(i)] = dl->VtxBuffer.Size - before;
        }
        ImGui::End();
    });
    k.frames(2);
    REQUIRE(k.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/pictograms.png"));
    for (int i = 1; i < kCount; ++i) {
        INFO("pictogram " << i);
        CHECK(vertices[static_cast<std::size_t>(i)] > 0);
    }
}

TEST_CASE("finger events tap, and hover does not stick after the finger lifts", "[ui][touch]") {
    Kiosk k;
    const ImVec2 c = k.rect("lang_en").center();
    SDL_Event e{};
    e.type = SDL_FINGERDOWN;
    e.tfinger.x = c.x / 1280.0f;
    e.tfinger.y = c.y / 800.0f;
    SDL_PushEvent(&e);
    e.type = SDL_FINGERUP;
    SDL_PushEvent(&e);  // down and up within one frame still make one tap
    k.frames(4);
    CHECK(k.flow.screen() == FlowScreen::Consent);
    CHECK(i18n::current_language().code == "en");
    CHECK(ImGui::GetIO().MousePos.x == -FLT_MAX);
}

TEST_CASE("a tap on an empty area does nothing, and sliding off a button cancels it", "[ui][touch]") {
    Kiosk k;
    SDL_Event e{};
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.button = SDL_BUTTON_LEFT;
    e.button.x = 5;
    e.button.y = 795;
    SDL_PushEvent(&e);
    e.type = SDL_MOUSEBUTTONUP;
    SDL_PushEvent(&e);
    k.frames(4);
    CHECK(k.flow.screen() == FlowScreen::Attract);

    const ImVec2 c = k.rect("lang_nl").center();
    e.type = SDL_MOUSEBUTTONDOWN;
    e.button.x = static_cast<int>(c.x);
    e.button.y = static_cast<int>(c.y);
    SDL_PushEvent(&e);
    k.frames(2);
    SDL_Event motion{};
    motion.type = SDL_MOUSEMOTION;
    motion.motion.x = 5;
    motion.motion.y = 5;
    SDL_PushEvent(&motion);
    k.frames(2);
    e.type = SDL_MOUSEBUTTONUP;
    e.button.x = 5;
    e.button.y = 5;
    SDL_PushEvent(&e);
    k.frames(3);
    CHECK(k.flow.screen() == FlowScreen::Attract);
}

TEST_CASE("Arabic mirrors the layout but keeps the keypad digits left to right", "[ui][rtl]") {
    Kiosk k;
    REQUIRE(k.tap("lang_ar"));
    CHECK(i18n::is_rtl());
    for (const char* id : {"consent_gp_yes", "consent_municipality_no", "consent_research_no"}) REQUIRE(k.tap(id));
    CHECK(k.rect("back").center().x > 640);  // Back on the right
    CHECK(k.rect("next").center().x < 640);
    REQUIRE(k.tap("next"));
    for (char c : std::string("7K3QX0PM4")) REQUIRE(k.tap(std::string("code_") + c));
    REQUIRE(k.tap("next"));
    k.flow.host_skip_rest();
    k.frames(2);
    CHECK(k.rect("key_1").center().x < k.rect("key_2").center().x);
    CHECK(k.rect("key_2").center().x < k.rect("key_3").center().x);
    CHECK(k.rect("key_1").center().y < k.rect("key_7").center().y);  // telephone layout: 1-2-3 on top
    CHECK(k.rect("key_1").center().x < 640);  // keypad on the (mirrored) end side
}

TEST_CASE("the inactivity overlay covers the screen and 'still here' keeps the participant", "[ui][timeout]") {
    Kiosk k;
    k.to_station();
    REQUIRE(k.tap("next"));  // length and weight
    for (const char* id : {"key_1", "key_2", "key_0", "save"}) REQUIRE(k.tap(id));
    k.clock.advance(std::chrono::seconds(95));
    k.flow.tick();
    k.frames(2);
    REQUIRE(k.flow.warning_visible());
    CHECK_FALSE(k.tap("next"));  // only the overlay can be tapped
    REQUIRE(k.tap("still_here"));
    CHECK_FALSE(k.flow.warning_visible());
    CHECK(k.flow.visit().values.at(Measure::Height) == 120);
    k.clock.advance(std::chrono::seconds(111));
    k.flow.tick();
    k.frames(2);
    CHECK(k.flow.screen() == FlowScreen::Attract);
    CHECK(k.flow.visit().values.empty());
}

TEST_CASE("host panel 'Apparaten': device states, and the demo control buttons act on the devices", "[ui][host]") {
    Kiosk k;
    std::vector<ui::DeviceRow> rows{{"tanita", "Weegschaal", "Weegschaal niet verbonden", true},
                                    {"omron", "Bloeddrukmeter", "Bloeddrukmeter niet verbonden", true}};
    std::vector<std::string> actions;
    ui::DevicesPanel panel({[&] { return rows; },
                            [&](ui::DemoAction a, const std::string& device) {
                                actions.push_back(std::to_string(static_cast<int>(a)) + ":" + device);
                                if (a == ui::DemoAction::Unplug) rows[0].connected = false;
                            },
                            [] {
                                return std::vector<ui::DeviceLogLine>{
                                    {std::chrono::system_clock::now(), "Weegschaal", "checksum_mismatch", "7b 30 2c 31 36 0d"},
                                    {std::chrono::system_clock::now(), "Bloeddrukmeter", "implausible", "02 30 1f"}};
                            }});
    CHECK(panel.id() == "devices");
    CHECK_FALSE(panel.needs_attention());
    std::string shown;
    k.runner.set_draw([&] {
        ui::widget_registry().begin_frame();  // as host mode does each frame
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1280, 800));
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        shown = test::drawn_text([&] { panel.draw(k.ctx); });
        ImGui::End();
    });
    panel.enter(k.ctx);
    k.frames(3);
    // The device log's last lines: what came in, and its bytes for the installer.
    CHECK_THAT(shown, Catch::Contains("checksum_mismatch") && Catch::Contains("7b 30 2c 31 36 0d"));
    CHECK_THAT(shown, Catch::Contains("implausible") && Catch::Contains("02 30 1f"));
    REQUIRE(k.tap("unplug_tanita"));
    k.frames(2);
    CHECK(panel.needs_attention());  // "Weegschaal niet verbonden": the host's eye is needed
    CHECK(k.tap("plug_in_tanita"));  // the row now offers to plug it back in
    REQUIRE(k.tap("demo_omron"));
    REQUIRE(k.tap("demo_card"));
    CHECK(actions == std::vector<std::string>{"4:tanita", "5:tanita", "1:", "3:"});
    k.check_target_sizes();
    k.check_pictograms();  // plug in / unplug and the demo devices' buttons
    REQUIRE(k.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/host/devices-demo.png"));
    k.ctx.switch_language("ar");  // mirrored: the plug buttons on the left, their pictogram right of the word
    k.frames(3);
    CHECK(k.rect("plug_in_tanita").center().x < 640);
    k.check_pictograms();
    REQUIRE(k.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/host/devices-demo-ar.png"));
    k.ctx.switch_language("nl");

    ui::DevicesPanel real({[&] { return rows; }, {}, {}});  // no demo: no control buttons
    k.runner.set_draw([&] {
        ui::widget_registry().begin_frame();  // as host mode does each frame
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(1280, 800));
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        real.draw(k.ctx);
        ImGui::End();
    });
    k.frames(3);
    CHECK_FALSE(k.tap("demo_omron"));
    CHECK_FALSE(k.tap("plug_in_tanita"));
}

TEST_CASE("a device problem shows 'meet opnieuw' with the station's pictogram until a value is stored", "[ui][devices]") {
    Kiosk k;
    k.to_station();
    REQUIRE(k.tap("next"));  // length and weight: the scale's station
    k.flow.report_device_problem(N_("Meet opnieuw."));
    k.frames(2);
    REQUIRE(k.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/devices/measure-again.png"));
    CHECK(k.recorder.measurements == 0);
    for (const char* id : {"key_1", "key_7", "key_0", "save"}) REQUIRE(k.tap(id));
    CHECK(k.flow.device_problem() == nullptr);
    CHECK(k.recorder.measurements == 1);
}

namespace {

// A host tab that only says it was drawn (the real panels run against the store in the Xvfb
// host script).
struct StubPanel final : ui::HostPanel {
    int drawn = 0;
    std::string id() const override { return "stub"; }
    std::string title() const override { return "Stub"; }
    void draw(ui::UiContext&) override { ++drawn; }
};

struct HostKiosk : Kiosk {
    PinLock lock{"4711", clock};
    ui::HostMode host{lock};
    StubPanel* panel = nullptr;
    HostKiosk() {
        auto stub = std::make_unique<StubPanel>();
        panel = stub.get();
        host.add_panel(std::move(stub));
        runner.set_draw([this] {
            if (host.visible()) {
                host.draw(ctx);
            } else {
                kiosk_ui.draw();
                host.draw_entry_button(ctx);
            }
        });
        frames(3);
    }
    void type_pin(const std::string& pin) {
        for (char c : pin) REQUIRE(tap(std::string("pin_") + c));
    }
};

}  // namespace

TEST_CASE("host mode opens only with the PIN, three wrong PINs lock it, leaving wipes the participant", "[ui][host]") {
    HostKiosk k;
    REQUIRE(k.tap("lang_tr"));  // a participant is half-way
    REQUIRE(k.flow.screen() == FlowScreen::Consent);
    REQUIRE(k.tap("host_open"));
    CHECK(k.host.where() == "host:pin");
    CHECK(i18n::current_language().code == "nl");  // host mode speaks Dutch
    k.check_target_sizes();
    CHECK_FALSE(k.tap("pin_ok"));  // nothing typed yet
    for (int attempt = 0; attempt < 3; ++attempt) {
        k.type_pin("1234");
        REQUIRE(k.tap("pin_ok"));
    }
    CHECK(k.lock.locked_out());
    k.type_pin("4711");
    CHECK_FALSE(k.tap("pin_ok"));  // locked: even the right PIN is not accepted
    CHECK(k.panel->drawn == 0);
    REQUIRE(k.tap("pin_erase"));
    REQUIRE(k.tap("pin_erase"));
    REQUIRE(k.tap("pin_erase"));
    REQUIRE(k.tap("pin_erase"));
    k.clock.advance(std::chrono::minutes(5));
    k.type_pin("4711");
    REQUIRE(k.tap("pin_ok"));
    CHECK(k.host.where() == "host:stub");
    CHECK(k.panel->drawn > 0);
    k.check_target_sizes();
    REQUIRE(k.tap("host_close"));
    CHECK_FALSE(k.host.visible());
    CHECK(k.flow.screen() == FlowScreen::Attract);  // the half-way participant is gone
    k.frames(2);
    CHECK(ui::widget_registry().find("host_open") != nullptr);
    // Opening again asks for the PIN again.
    REQUIRE(k.tap("host_open"));
    CHECK(k.host.where() == "host:pin");
}
