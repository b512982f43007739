// Host mode's "Kiosk" tab, headless: a broken language file is named there (for the host, in
// Dutch and mirrored in Arabic), with the version; nothing is shown when all is well.
#include "i18n/catalog.hpp"
#include "runtime/paths.hpp"
#include "ui/host/system_panel.hpp"
#include "ui/widget_registry.hpp"
#include "ui_test_support.hpp"

#include <catch2/catch.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace gc;
namespace fs = std::filesystem;

namespace {

using test::NoRecorder;

// The panel alone in a full-window host frame. `shown` holds the text of the last frame, as
// test::drawn_text captures it.
struct SystemHarness : test::HeadlessUi<NoRecorder> {
    std::unique_ptr<ui::SystemPanel> panel;
    std::string shown;

    void show(std::unique_ptr<ui::SystemPanel> p) {
        panel = std::move(p);
        runner.set_draw([this] {
            ui::widget_registry().begin_frame();
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove);
            shown = test::drawn_text([this] { panel->draw(ctx); });
            ImGui::End();
        });
        frames(3);
    }
    // The catalogs of the build with one of them garbage; restores the real ones afterwards.
    ~SystemHarness() {
        i18n::init(i18n::parse_languages(test::source_file("assets/languages.toml")));
        ui::clear_text_cache();
    }
};

fs::path locales_with_broken(const std::string& code) {
    const auto dir = fs::path(GC_TEST_OUTPUT_DIR) / "system-panel" / "locales";
    fs::remove_all(dir);
    fs::create_directories(dir.parent_path());
    fs::copy(locale_dir(), dir, fs::copy_options::recursive);
    std::ofstream(i18n::Catalog::path_for(dir, code), std::ios::binary | std::ios::trunc) << "not a catalog";
    return dir;
}

}  // namespace

TEST_CASE("host tab 'Kiosk': a broken language file is named with the version, also in Arabic", "[ui][host]") {
    SystemHarness h;
    const auto languages = i18n::parse_languages(test::source_file("assets/languages.toml"));
    REQUIRE(i18n::init(languages, locales_with_broken("tr")).size() == 1);
    const auto problems = i18n::catalog_problems();
    REQUIRE(problems.size() == 1);
    h.show(std::make_unique<ui::SystemPanel>(problems, "1.4.2"));

    CHECK(h.panel->id() == "system");
    CHECK(h.panel->title() == "Kiosk");
    CHECK(h.panel->needs_attention());  // the mark on the tab and the corner button
    INFO(h.shown);
    CHECK(h.shown.find("Het taalbestand voor Türkçe is kapot of ontbreekt.") != std::string::npos);
    CHECK(h.shown.find("Deze taal toont nu Nederlands.") != std::string::npos);
    CHECK(h.shown.find("corrupt") != std::string::npos);  // the technical line (English, for support)
    CHECK(h.shown.find("Versie 1.4.2") != std::string::npos);  // no isolate marks drawn as '?'
    CHECK(h.shown.find("Alles werkt") == std::string::npos);
    REQUIRE(h.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/host/system-broken-tr.png"));

    // The other languages still load: in Arabic the same panel is translated and mirrored.
    REQUIRE_FALSE(i18n::set_language("ar"));
    ui::clear_text_cache();
    h.frames(3);
    INFO(h.shown);
    CHECK(h.shown.find("kapot") == std::string::npos);
    CHECK(h.shown.find("Versie") == std::string::npos);
    CHECK(h.shown.find("1.4.2") != std::string::npos);  // digits stay left to right
    CHECK(h.panel->title() == "الكشك");
    REQUIRE(h.runner.save_screenshot(std::string(GC_TEST_OUTPUT_DIR) + "/screens/host/system-broken-tr-ar.png"));
}

TEST_CASE("host tab 'Kiosk': all well says so and asks for no attention", "[ui][host]") {
    SystemHarness h;
    h.show(std::make_unique<ui::SystemPanel>(std::vector<i18n::CatalogProblem>{}, "1.4.2"));
    CHECK_FALSE(h.panel->needs_attention());
    INFO(h.shown);
    CHECK(h.shown.find("Alles werkt. Er zijn geen meldingen.") != std::string::npos);
    CHECK(h.shown.find("kapot") == std::string::npos);
    CHECK(h.shown.find("1.4.2") != std::string::npos);
}
