#include "ui/host/printer_panel.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"

#include <algorithm>

namespace gc::ui {

namespace {
constexpr std::size_t kJobsShown = 8;  // the last few are what a host asks about
}

PrinterPanel::PrinterPanel(std::function<std::optional<PrinterView>()> fetch, std::function<void(int)> reprint)
    : m_fetch(std::move(fetch)), m_reprint(std::move(reprint)) {}

std::string PrinterPanel::title() const { return _("Printer"); }

bool PrinterPanel::needs_attention() const {
    const auto view = m_fetch();
    if (!view) return false;
    return view->needs_host ||
           std::any_of(view->jobs.begin(), view->jobs.end(), [](const PrintJobView& job) { return job.needs_host; });
}

void PrinterPanel::draw(UiContext& ctx) {
    const float width = ImGui::GetContentRegionAvail().x;
    const bool right_to_left = rtl();
    const auto view = m_fetch();
    if (!view) {
        text_block(_("De printer wordt nog gestart."), width, right_to_left);
        return;
    }
    ImGui::PushFont(ctx.fonts.title);
    text_block(_(view->state_msgid), width, right_to_left, Align::Start,
               view->needs_host ? colours::kText : colours::kMuted);
    ImGui::PopFont();
    text_block(view->queue, width, right_to_left, Align::Start, colours::kMuted);
    ImGui::Dummy(ImVec2(0, ctx.metrics.pad));
    if (view->jobs.empty()) {
        text_block(_("Er is vandaag nog niets geprint."), width, right_to_left);
        return;
    }
    const float button_w = std::max(ctx.metrics.primary_min * 3, width * 0.3f);
    for (std::size_t i = 0; i < std::min(kJobsShown, view->jobs.size()); ++i) {
        const PrintJobView& job = view->jobs[i];
        ImGui::PushID(job.request);
        const float row_y = ImGui::GetCursorPosY();
        const std::string line = job.title + " — " + _(job.state_msgid);
        ImGui::SetCursorPosX(start_x(0, width - button_w - ctx.metrics.pad));
        text_block(line, width - button_w - ctx.metrics.pad, right_to_left, Align::Start,
                   job.needs_host ? colours::kText : colours::kMuted);
        ImGui::SetCursorPos(ImVec2(start_x(width - button_w, button_w), row_y));
        const std::string id = "reprint_" + std::to_string(job.request);
        if (touch_button({id.c_str(), _("Opnieuw printen"), ImVec2(button_w, ctx.metrics.touch_min * 1.4f),
                          job.needs_host ? ButtonRole::Primary : ButtonRole::Normal, Pictogram::Print, true,
                          right_to_left})) {
            m_reprint(job.request);
        }
        ImGui::Dummy(ImVec2(0, ctx.metrics.pad / 2));
        ImGui::PopID();
    }
}

}  // namespace gc::ui
