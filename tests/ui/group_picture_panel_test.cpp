// Host mode's "Groepsbeeld" panel, headless, on a store with a demo group of 12 read through
// the kiosk's StoreHostRecords: large enough buttons, the big screen (the tab bar goes) with a
// language for the group, and back to Dutch for the host.
#include "core/host/host_desk.hpp"
#include "kiosk/store_host_records.hpp"
#include "store/demo_data.hpp"
#include "ui/host/group_picture_panel.hpp"
#include "ui/ui_script.hpp"
#include "ui/widget_registry.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>

#include <filesystem>

using namespace gc;
namespace fs = std::filesystem;

namespace {

struct GroupHarness : test::HeadlessUi<test::NoRecorder> {
    store::Store store;
    kiosk::StoreHostRecords records{store};
    HostDesk desk{records, circuit, rules, {"nl", "en", "tr", "ar", "pl"}};
    ui::GroupPicturePanel panel{desk, records, 2026};

    explicit GroupHarness(const std::string& name) : store(open(name)) {
        runner.set_draw([this] {
            ui::widget_registry().begin_frame();  // as host mode does each frame
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
            panel.draw(ctx);
            ImGui::End();
        });
    }
    static store::Store open(const std::string& name) {
        const auto dir = fs::path(GC_TEST_OUTPUT_DIR) / "group-panel" / name;
        fs::remove_all(dir);
        fs::create_directories(dir);
        return std::move(store::Store::open(dir / "k.db", "panel test", {true, 1000})).value();
    }
};

}  // namespace

TEST_CASE("group panel: counts of the demo group, touch-sized buttons, big screen in Arabic and back",
          "[ui][host][group]") {
    GroupHarness h("demo");
    REQUIRE(store::add_demo_data(h.store, store::DemoDataOptions{12, 12, 5}).ok());
    const auto sessions = h.store.sessions();
    REQUIRE(sessions.ok());
    REQUIRE(sessions.value().size() == 1);
    h.desk.use_session(sessions.value().front().id.value);
    h.panel.enter(h.ctx);
    h.frames(3);
    CHECK(h.panel.id() == "group");
    CHECK(h.panel.title() == "Groepsbeeld");
    CHECK(h.panel.problem() == nullptr);
    CHECK(h.panel.picture().participants == 12);
    REQUIRE_FALSE(h.panel.picture().rows.empty());
    for (const auto& row : h.panel.picture().rows) CHECK(row.measured >= kGroupPictureMinimum);
    for (const char* id : {"group_big", "group_refresh"}) {
        const auto* r = ui::widget_registry().find(id);
        REQUIRE(r != nullptr);
        CHECK(r->size().x >= h.ctx.metrics.touch_min);
        CHECK(r->size().y >= h.ctx.metrics.touch_min);
    }
    CHECK_FALSE(h.panel.full_screen());
    CHECK(ui::widget_registry().find("group_lang_ar") == nullptr);  // languages only on the big screen

    REQUIRE(ui::tap_widget(h.runner, "group_big"));
    CHECK(h.panel.full_screen());
    REQUIRE(ui::tap_widget(h.runner, "group_lang_ar"));
    h.frames(2);
    CHECK(i18n::current_language().code == "ar");
    REQUIRE(h.runner.save_screenshot(fs::path(GC_TEST_OUTPUT_DIR) / "screens" / "host" / "group-demo-ar.png"));
    REQUIRE(ui::tap_widget(h.runner, "group_big"));  // back to the host's view, in Dutch
    CHECK_FALSE(h.panel.full_screen());
    CHECK(i18n::current_language().code == "nl");
}

TEST_CASE("group panel: before any session or measurement it says so and shows no row", "[ui][host][group]") {
    GroupHarness h("empty");
    h.panel.enter(h.ctx);  // the desk has no session yet
    h.frames(2);
    CHECK(h.panel.picture().participants == 0);
    CHECK(h.panel.picture().rows.empty());
    CHECK(h.panel.problem() == nullptr);
    CHECK(ui::widget_registry().find("group_big") != nullptr);
}
