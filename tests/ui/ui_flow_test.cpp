// Headless frame tests of the real ImGui screens: SDL offscreen video driver, real runner, real
// touch shim, taps injected as SDL events on widgets found by id.
#include "core/flow/circuit.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "runtime/text_file.hpp"
#include "ui/fonts.hpp"
#include "ui/kiosk_ui.hpp"
#include "ui/runner.hpp"
#include "ui/text_layout.hpp"
#include "ui/ui_script.hpp"
#include "ui/widget_registry.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <cfloat>
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

    // 146/92 typed on the keypad, saved, and shown with its light.
    for (const char* id : {"key_1", "key_4", "key_6", "save", "key_9", "key_2", "save"}) REQUIRE(k.tap(id));
    CHECK(k.flow.visit().values.at(Measure::Systolic) == 146);
    CHECK(k.flow.visit().values.at(Measure::Diastolic) == 92);
    CHECK(k.recorder.measurements == 2);
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
    CHECK(k.rect("key_1").center().x < k.rect("key_2").center().x);
    CHECK(k.rect("key_2").center().x < k.rect("key_3").center().x);
    CHECK(k.rect("key_1").center().y < k.rect("key_7").center().y);  // telephone layout: 1-2-3 on top
    CHECK(k.rect("key_1").center().x < 640);  // keypad on the (mirrored) end side
}

TEST_CASE("the inactivity overlay covers the screen and 'still here' keeps the participant", "[ui][timeout]") {
    Kiosk k;
    k.to_station();
    for (const char* id : {"key_1", "key_2", "key_0", "save"}) REQUIRE(k.tap(id));
    k.clock.advance(std::chrono::seconds(95));
    k.flow.tick();
    k.frames(2);
    REQUIRE(k.flow.warning_visible());
    CHECK_FALSE(k.tap("next"));  // only the overlay can be tapped
    REQUIRE(k.tap("still_here"));
    CHECK_FALSE(k.flow.warning_visible());
    CHECK(k.flow.visit().values.at(Measure::Systolic) == 120);
    k.clock.advance(std::chrono::seconds(111));
    k.flow.tick();
    k.frames(2);
    CHECK(k.flow.screen() == FlowScreen::Attract);
    CHECK(k.flow.visit().values.empty());
}
