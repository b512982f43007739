// Host mode's scan tab with a webcam, headless: the button starts it and the preview takes the
// keyboard's place; it stops when the tab is left, after a minute without a card, when the
// camera fails, and a camera that will not start leaves the keyboard with the reason.
#include "core/host/host_desk.hpp"
#include "ui/host/scan_panel.hpp"
#include "ui/ui_script.hpp"
#include "ui/widget_registry.hpp"
#include "../core/board_only_records.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <deque>
#include <filesystem>

using namespace gc;

namespace {

struct FakeWebcam final : ui::Webcam {
    const char* refuse = nullptr;  // start() answers this
    const char* failure = nullptr;
    bool on = false;
    int starts = 0, previews_taken = 0;
    const char* start() override {
        ++starts;
        on = refuse == nullptr;
        return refuse;
    }
    void stop() override { on = false; }
    bool running() const override { return on; }
    std::optional<ui::WebcamPreview> take_preview() override {
        if (!on) return std::nullopt;
        ++previews_taken;
        ui::WebcamPreview p{64, 48, std::vector<std::uint8_t>(64 * 48)};
        // Dark on the camera's left, light on its right, a bar in the top rows: on screen mirrored.
        for (std::size_t i = 0; i < p.grey.size(); ++i) p.grey[i] = i < 64 * 8 ? 0 : static_cast<std::uint8_t>(4 * (i % 64));
        return p;
    }
    const char* take_failure() override { return std::exchange(failure, nullptr); }
};

struct ScanHarness : test::HeadlessUi<test::NoRecorder> {
    test::BoardOnlyRecords records;  // the scan tab never reaches the records here
    HostDesk desk{records, circuit, rules, {"nl"}, "host"};
    FakeWebcam webcam;
    std::deque<std::string> scans;
    std::string shown;  // the text of the last frame
    ui::ScanPanel panel{desk, circuit,
                        [this]() -> std::optional<std::string> {
                            if (scans.empty()) return std::nullopt;
                            std::string code = scans.front();
                            scans.pop_front();
                            return code;
                        },
                        {}, &webcam, &clock};

    ScanHarness() {
        panel.enter(ctx);
        runner.set_draw([this] {
            ui::widget_registry().begin_frame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
            shown = test::drawn_text([this] { panel.draw(ctx); });
            ImGui::End();
        });
        frames(3);
    }
    bool keyboard_shown() { return ui::widget_registry().find("kb_a") != nullptr; }
    void start_webcam() {
        REQUIRE(ui::tap_widget(runner, "scan_webcam"));
        frames(2);
    }
};

}  // namespace

TEST_CASE("scan tab: the webcam button starts the camera, the preview replaces the keyboard", "[ui][webcam]") {
    ScanHarness h;
    const auto* button = ui::widget_registry().find("scan_webcam");
    REQUIRE(button != nullptr);
    CHECK(button->size().y >= h.ctx.metrics.touch_min);
    CHECK(h.keyboard_shown());
    h.start_webcam();
    CHECK(h.webcam.running());
    CHECK(h.webcam.previews_taken > 0);
    CHECK_FALSE(h.keyboard_shown());
    CHECK(h.runner.save_screenshot(std::filesystem::path(GC_TEST_OUTPUT_DIR) / "screens" / "webcam-preview.png"));
    // Tapped again: off, and the keyboard is back.
    REQUIRE(ui::tap_widget(h.runner, "scan_webcam"));
    h.frames(2);
    CHECK_FALSE(h.webcam.running());
    CHECK(h.keyboard_shown());
}

TEST_CASE("scan tab: the webcam stops when the tab is left", "[ui][webcam]") {
    ScanHarness h;
    h.start_webcam();
    REQUIRE(h.webcam.running());
    h.panel.leave();
    CHECK_FALSE(h.webcam.running());
}

TEST_CASE("scan tab: a minute without a card stops the webcam, a card seen keeps it on", "[ui][webcam]") {
    ScanHarness h;
    h.start_webcam();
    h.clock.advance(std::chrono::seconds(50));
    h.scans.push_back("7K3QX0PM4");  // a card read at 50 s: the minute starts again
    h.frames(2);
    h.clock.advance(std::chrono::seconds(50));
    h.frames(2);
    CHECK(h.webcam.running());
    h.clock.advance(std::chrono::seconds(11));
    h.frames(2);
    CHECK_FALSE(h.webcam.running());
    CHECK(h.keyboard_shown());
}

TEST_CASE("scan tab: a camera that fails or will not start leaves the keyboard", "[ui][webcam]") {
    ScanHarness h;
    h.start_webcam();
    h.webcam.failure = "De webcam is losgekoppeld.";
    h.frames(2);
    CHECK_FALSE(h.webcam.running());
    CHECK(h.keyboard_shown());
    CHECK_THAT(h.shown, Catch::Contains("De webcam is losgekoppeld."));

    h.webcam.refuse = "Geen webcam gevonden. Sluit een webcam aan.";
    h.start_webcam();
    CHECK(h.webcam.starts == 2);
    CHECK_FALSE(h.webcam.running());
    CHECK(h.keyboard_shown());
    CHECK_THAT(h.shown, Catch::Contains("Geen webcam gevonden. Sluit een webcam aan."));  // the reason, for the host
}
