#include "ui/host/export_panel.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widgets/touch_button.hpp"

#include <imgui.h>

#include <array>
#include <cstdio>

namespace gc::ui {
namespace {

struct ExportButton {
    const char* id;
    const char* label;  // msgid
    exports::ExportKind kind;
    Pictogram icon;
};

const std::array<ExportButton, 5> kButtons = {{
    {"export_gp", N_("Voor de huisarts"), exports::ExportKind::Gp, Pictogram::Card},
    {"export_municipality", N_("Voor de gemeente"), exports::ExportKind::Municipality, Pictogram::Questions},
    {"export_research", N_("Voor onderzoek"), exports::ExportKind::Research, Pictogram::Questions},
    {"export_week6", N_("Bellijst week 6"), exports::ExportKind::FollowUpWeek6, Pictogram::Speaker},
    {"export_month6", N_("Uitnodigen na 6 maanden"), exports::ExportKind::FollowUpMonth6, Pictogram::Print},
}};

// "12 meegenomen. 3 overgeslagen: geen toestemming."
std::string summary_text(const exports::ExportSummary& s) {
    char line[256];
    std::snprintf(line, sizeof line, i18n::ntr("%d persoon meegenomen.", "%d personen meegenomen.",
                                               static_cast<unsigned long>(s.exported)), s.exported);
    std::string text = line;
    if (s.skipped > 0) {
        std::snprintf(line, sizeof line, i18n::ntr("%d persoon overgeslagen: geen toestemming.",
                                                   "%d personen overgeslagen: geen toestemming.",
                                                   static_cast<unsigned long>(s.skipped)), s.skipped);
        text += std::string(" ") + line;
    }
    return text;
}

}  // namespace

ExportPanel::ExportPanel(store::Store& store, std::filesystem::path folder, std::string actor,
                         std::vector<OfferCatalog> offer_files)
    : m_store(store), m_folder(std::move(folder)), m_actor(std::move(actor)), m_offer_files(std::move(offer_files)) {}

std::string ExportPanel::title() const { return _("Exporteren"); }

void ExportPanel::enter(UiContext&) {
    m_message.clear();
    m_failed = false;
}

void ExportPanel::run(exports::ExportKind kind, const Ruleset& rules) {
    exports::ExportOptions options{m_actor, store::wall_now(), &rules, "groepsconsult-kiosk"};
    options.offers = m_offer_files;
    auto done = exports::run_export(m_store, kind, exports::default_export_path(m_folder, kind, options.now), options);
    m_failed = !done.ok();
    m_message = done ? summary_text(done.value()) : std::string(_(store::kind_msgid(done.error().kind).data()));
}

void ExportPanel::draw(UiContext& ctx) {
    const float width = ImGui::GetContentRegionAvail().x;
    const bool right_to_left = rtl();
    text_block(_("De bestanden komen in deze map:"), width, right_to_left);
    text_block(m_folder.string(), width, false);
    // The outcome of the last tap, above the buttons, so it is never scrolled away.
    ImGui::PushStyleColor(ImGuiCol_Text, m_failed ? colours::kRed : colours::kPrimary);
    text_block(m_message.empty() ? std::string(" ") : m_message, width, right_to_left);
    ImGui::PopStyleColor();
    ImGui::Dummy(ImVec2(0, ctx.metrics.pad / 2));
    const ImVec2 size(std::min(width, 14 * ctx.metrics.em), ctx.metrics.button_h);
    for (const auto& b : kButtons) {
        ImGui::SetCursorPosX(start_x(0, size.x));
        // No arrows here: pictures of things are never mirrored.
        if (touch_button(ButtonSpec{b.id, _(b.label), size, ButtonRole::Normal, b.icon, true, right_to_left, nullptr,
                                    false})) {
            run(b.kind, ctx.rules);
        }
        ImGui::Dummy(ImVec2(0, ctx.metrics.pad / 4));
    }
}

}  // namespace gc::ui
