#include "ui/host/system_panel.hpp"

#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"

#include <cstdio>

namespace gc::ui {

SystemPanel::SystemPanel(std::vector<i18n::CatalogProblem> catalog_problems, std::string version)
    : m_catalog_problems(std::move(catalog_problems)), m_version(std::move(version)) {}

std::string SystemPanel::title() const { return _("Kiosk"); }

void SystemPanel::draw(UiContext& ctx) {
    const float width = ImGui::GetContentRegionAvail().x;
    const bool right_to_left = rtl();
    if (m_catalog_problems.empty()) {
        text_block(_("Alles werkt. Er zijn geen meldingen."), width, right_to_left);
    }
    for (const auto& problem : m_catalog_problems) {
        char headline[512];
        std::snprintf(headline, sizeof headline,
                      _("Het taalbestand voor %s is kapot of ontbreekt. Deze taal toont nu Nederlands."),
                      problem.native_name.c_str());
        ImGui::PushFont(ctx.fonts.title);
        text_block(headline, width, right_to_left);
        ImGui::PopFont();
        text_block(ltr_isolate(problem.detail), width, right_to_left, Align::Start, colours::kMuted);
        ImGui::Dummy(ImVec2(0, ctx.metrics.pad));
    }
    ImGui::Dummy(ImVec2(0, ctx.metrics.pad));
    text_block(std::string(_("Versie")) + " " + ltr_isolate(m_version), width, right_to_left, Align::Start,
               colours::kMuted);
}

}  // namespace gc::ui
