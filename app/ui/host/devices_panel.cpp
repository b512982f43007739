#include "ui/host/devices_panel.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/touch_button.hpp"

#include <algorithm>
#include <ctime>

namespace gc::ui {

std::string DevicesPanel::title() const { return _("Apparaten"); }

bool DevicesPanel::needs_attention() const {
    if (!m_source.rows) return false;
    const auto rows = m_source.rows();
    return std::any_of(rows.begin(), rows.end(), [](const DeviceRow& r) { return !r.connected; });
}

void DevicesPanel::refresh() {
    m_rows = m_source.rows ? m_source.rows() : std::vector<DeviceRow>{};
    m_log = m_source.log ? m_source.log() : std::vector<DeviceLogLine>{};
}

// "14:03  Weegschaal  checksum_mismatch  45 31 36": the code and bytes are for the installer.
void DevicesPanel::draw_log(UiContext& ctx, float width) {
    if (m_log.empty()) return;
    const auto& m = ctx.metrics;
    ImGui::Dummy(ImVec2(0, 0.4f * m.em));
    ImGui::SetCursorPosX(start_x(0, width));
    text_block(_("Laatste meldingen van apparaten"), width, rtl(), Align::Start, colours::kText);
    for (const auto& line : m_log) {
        const std::time_t t = std::chrono::system_clock::to_time_t(line.at);
        std::tm local{};
        localtime_r(&t, &local);
        char clock[8];
        std::strftime(clock, sizeof clock, "%H:%M", &local);
        std::string hex = line.raw_hex.size() > 60 ? line.raw_hex.substr(0, 60) + "..." : line.raw_hex;
        const std::string text = std::string(clock) + "  " + (line.device ? _(line.device) : _("Onbekend apparaat")) +
                                 "  " + line.event + "  " + hex;
        ImGui::SetCursorPosX(start_x(0, width));
        text_block(text, width, rtl(), Align::Start, colours::kMuted);
    }
}

void DevicesPanel::draw(UiContext& ctx) {
    refresh();  // device threads change the state at any time; both sources answer from memory
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float button_w = 7.0f * m.em;
    const float text_w = width - (m_source.demo ? button_w + m.pad : 0.0f);
    for (const DeviceRow& row : m_rows) {
        const float y = ImGui::GetCursorPosY();
        const std::string state = row.connected ? std::string(_(row.name)) + ": " + _("verbonden") : _(row.not_connected);
        ImGui::SetCursorPos(ImVec2(start_x(0, text_w), y + 0.5f * m.em));
        text_block(state, text_w, rtl(), Align::Start, row.connected ? colours::kText : colours::kError);
        if (m_source.demo) {
            const std::string id = (row.connected ? "unplug_" : "plug_in_") + row.id;
            ImGui::SetCursorPos(ImVec2(start_x(text_w + m.pad, button_w), y));
            if (touch_button({id.c_str(), row.connected ? _("Los") : _("Insteken"), ImVec2(button_w, 2.0f * m.em),
                              ButtonRole::Normal, Pictogram::Plug, true, rtl(), nullptr, false})) {
                m_source.demo(row.connected ? DemoAction::Unplug : DemoAction::PlugIn, row.id);
            }
        }
        ImGui::SetCursorPosY(y + 2.2f * m.em);
    }
    draw_log(ctx, width);
    if (!m_source.demo) return;
    // Demo: make a simulated device send what a real one would.
    ImGui::Dummy(ImVec2(0, 0.4f * m.em));
    struct Action {
        const char* id;
        const char* label;
        DemoAction action;
        Pictogram icon;  // what the simulated device measures
    };
    static const Action actions[] = {
        {"demo_tanita", N_("Tanita meet"), DemoAction::TanitaMeasures, Pictogram::Scale},
        {"demo_omron", N_("Omron klaar"), DemoAction::OmronFinishes, Pictogram::BloodPressure},
        {"demo_meter", N_("Meter ingeplugd"), DemoAction::MeterPluggedIn, Pictogram::Drop},
        {"demo_card", N_("Kaart scannen"), DemoAction::ScanCard, Pictogram::Card},
    };
    const float action_w = (width - 3 * m.pad) / 4;
    for (std::size_t i = 0; i < 4; ++i) {
        if (i > 0) ImGui::SameLine();
        ImGui::SetCursorPosX(start_x(static_cast<float>(i) * (action_w + m.pad), action_w));
        if (touch_button({actions[i].id, _(actions[i].label), ImVec2(action_w, 2.4f * m.em), ButtonRole::Normal,
                          actions[i].icon, true, rtl(), nullptr, false})) {
            m_source.demo(actions[i].action, "");
        }
    }
}

}  // namespace gc::ui
