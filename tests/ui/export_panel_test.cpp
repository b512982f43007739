// Host mode's "Exporteren" panel, headless: large enough buttons, an export by a tap that says
// how many were taken and skipped, and a clear message when the stick cannot be written.
#include "store/demo_data.hpp"
#include "ui/host/export_panel.hpp"
#include "ui/ui_script.hpp"
#include "ui/widget_registry.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <filesystem>
#include <fstream>

using namespace gc;
namespace fs = std::filesystem;

namespace {

using test::NoRecorder;

// The panel alone in a full-window host frame, on a store with a demo day.
struct PanelHarness : test::HeadlessUi<NoRecorder> {
    fs::path dir;
    store::Store store;
    std::unique_ptr<ui::ExportPanel> panel;

    PanelHarness(const std::string& name, const fs::path& folder)
        : dir(fresh(name)), store(std::move(store::Store::open(dir / "k.db", "panel test", {true, 1000})).value()) {
        REQUIRE(store::add_demo_data(store, store::DemoDataOptions{14, 14, 3}).ok());
        panel = std::make_unique<ui::ExportPanel>(store, folder.empty() ? dir / "stick" : folder, "host");
        panel->enter(ctx);
        runner.set_draw([this] {
            ui::widget_registry().begin_frame();  // as host mode does each frame
            const auto& io = ImGui::GetIO();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(io.DisplaySize);
            ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
            panel->draw(ctx);
            ImGui::End();
        });
        frames(3);
    }
    static fs::path fresh(const std::string& name) {
        auto d = fs::path(GC_TEST_OUTPUT_DIR) / "export-panel" / name;
        fs::remove_all(d);
        fs::create_directories(d);
        return d;
    }
};

}  // namespace

TEST_CASE("export panel: touch-sized buttons, a tap exports and says how many were skipped", "[ui][export]") {
    PanelHarness h("ok", {});
    CHECK(h.panel->id() == "export");
    CHECK(h.panel->title() == "Exporteren");
    for (const char* id : {"export_gp", "export_municipality", "export_research", "export_week6", "export_month6"}) {
        const auto* r = ui::widget_registry().find(id);
        REQUIRE(r != nullptr);
        CHECK(r->size().x >= h.ctx.metrics.touch_min);
        CHECK(r->size().y >= h.ctx.metrics.touch_min);
    }
    REQUIRE(ui::tap_widget(h.runner, "export_gp"));
    h.frames(2);
    INFO(h.panel->message());
    CHECK(h.panel->message().find("meegenomen") != std::string::npos);
    CHECK(h.panel->message().find("overgeslagen") != std::string::npos);  // the demo day has refusals
    CHECK_FALSE(h.panel->needs_attention());
    bool bundles = false;
    for (const auto& f : fs::recursive_directory_iterator(h.dir / "stick")) bundles |= f.path().extension() == ".json";
    CHECK(bundles);
    REQUIRE(h.runner.save_screenshot(fs::path(GC_TEST_OUTPUT_DIR) / "screens" / "host" / "export-nl.png"));

    h.ctx.switch_language("ar");
    h.frames(2);  // laid out right to left before the tap
    const auto gp_message = h.panel->message();
    REQUIRE(ui::tap_widget(h.runner, "export_research"));
    h.frames(2);
    CHECK(h.panel->message() != gp_message);  // now about the research visits, in Arabic
    REQUIRE(h.runner.save_screenshot(fs::path(GC_TEST_OUTPUT_DIR) / "screens" / "host" / "export-ar.png"));
    h.ctx.switch_language("nl");
}

TEST_CASE("export panel: a folder that cannot be written gives a message and keeps the data", "[ui][export]") {
    const auto blocked = PanelHarness::fresh("blocked-target") / "a-file";
    std::ofstream(blocked) << "x";
    PanelHarness h("blocked", blocked);
    const auto before = h.store.counts().value().participants;
    REQUIRE(ui::tap_widget(h.runner, "export_municipality"));
    h.frames(2);
    CHECK(h.panel->needs_attention());
    CHECK_FALSE(h.panel->message().empty());
    CHECK(h.panel->message().find("meegenomen") == std::string::npos);
    CHECK(h.store.counts().value().participants == before);
}
