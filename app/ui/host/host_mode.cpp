#include "ui/host/host_mode.hpp"

#include "i18n/i18n.hpp"
#include "ui/layout.hpp"
#include "ui/text_layout.hpp"
#include "ui/widget_registry.hpp"
#include "ui/widgets/touch_button.hpp"
#include "ui/widgets/traffic_light.hpp"

#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace gc::ui {
namespace {

constexpr float kHostFontScale = 0.8f;  // host screens hold more; participants never see them

void begin_full_window(const char* name) {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoScrollbar);
    ImGui::SetWindowFontScale(kHostFontScale);
}

// The orange "let op" disc with its exclamation mark on the top end corner of the last item
// (half over its edge, as a notification badge, so it takes little of the tab's width).
void draw_attention_badge() {
    const float r = 0.4f * ImGui::GetFontSize();
    const ImVec2 corner(ImGui::GetItemRectMax().x, ImGui::GetItemRectMin().y);
    const ImVec2 centre(corner.x - 0.6f * r, corner.y + 0.6f * r);
    ImGui::GetWindowDrawList()->AddCircleFilled(centre, r, light_colour(Light::Orange), 24);
    draw_light_symbol(Light::Orange, centre, 2 * r);
}

}  // namespace

void HostMode::add_panel(std::unique_ptr<HostPanel> panel) { m_panels.push_back(std::move(panel)); }

HostPanel* HostMode::panel(const std::string& id) {
    for (auto& p : m_panels) {
        if (p->id() == id) return p.get();
    }
    return nullptr;
}

bool HostMode::needs_attention() const {
    for (const auto& p : m_panels) {
        if (p->needs_attention()) return true;
    }
    return false;
}

std::string HostMode::where() const {
    if (!m_unlocked) return "host:pin";
    return m_panels.empty() ? "host" : "host:" + m_panels[m_current]->id();
}

void HostMode::draw_entry_button(UiContext& ctx) {
    // A plain, small square in the top corner on the start side (where only the screen's
    // pictogram is, nothing to tap): findable for the host, nothing a participant is drawn to.
    // The registry keeps its id "host_open" for tests.
    const float side = ctx.metrics.touch_min;
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float x = rtl() ? display.x - side : 0.0f;
    ImGui::SetNextWindowPos(ImVec2(x, 0));
    ImGui::SetNextWindowSize(ImVec2(side, side));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, IM_COL32(0, 0, 0, 0));
    ImGui::Begin("##host_entry", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoFocusOnAppearing);
    const bool tapped = ImGui::InvisibleButton("host_open", ImVec2(side, side));
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    widget_registry().record("host_open", min, max, false, true);
    auto* draw = ImGui::GetWindowDrawList();
    const float r = side * 0.06f;
    const float edge = rtl() ? max.x - 4 * r : min.x + 4 * r;  // three quiet dots along the corner
    for (int i = 0; i < 3; ++i) {
        const float dx = static_cast<float>(i) * 2.5f * r;
        draw->AddCircleFilled(ImVec2(rtl() ? edge - dx : edge + dx, min.y + 3 * r), r, colours::kMuted);
    }
    if (needs_attention()) draw->AddCircleFilled(ImVec2(edge, min.y + 7 * r), 1.6f * r, colours::kRed);
    ImGui::End();
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    if (tapped) {
        m_visible = true;
        m_unlocked = false;
        m_typed.clear();
        m_pin_message = {};
        ctx.switch_language("nl");  // host mode speaks the host's language
    }
}

void HostMode::leave(UiContext& ctx, bool to_attract) {
    if (m_unlocked && m_current < m_panels.size()) m_panels[m_current]->leave();
    m_visible = false;
    m_unlocked = false;
    std::fill(m_typed.begin(), m_typed.end(), '\0');
    m_typed.clear();
    if (to_attract) {
        ctx.flow.finish();
        ctx.switch_language(ctx.flow.language());
    }
}

void HostMode::show_panel(UiContext& ctx, std::size_t index) {
    if (m_current < m_panels.size() && m_current != index) m_panels[m_current]->leave();
    m_current = index;
    if (index < m_panels.size()) m_panels[index]->enter(ctx);
}

void HostMode::draw_pin(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    ImGui::PushFont(ctx.fonts.title);
    text_block(_("Gastvrouw"), width, false);
    ImGui::PopFont();
    text_block(_("Typ de pincode van de gastvrouw."), width, false);
    ImGui::PushFont(ctx.fonts.big);
    const std::string dots(m_typed.size(), '*');
    text_block(dots.empty() ? " " : dots, width, false, Align::Center);
    ImGui::PopFont();
    if (m_lock.locked_out()) {
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(m_lock.locked_for() + std::chrono::seconds(59)).count();
        char text[160];
        std::snprintf(text, sizeof text, i18n::ntr("Te vaak fout. Probeer het over %ld minuut opnieuw.",
                                                   "Te vaak fout. Probeer het over %ld minuten opnieuw.",
                                                   static_cast<unsigned long>(minutes)),
                      static_cast<long>(minutes));
        text_block(text, width, false, Align::Center, colours::kError);
    } else {
        m_pin_message.show(width);
    }
    const float key = 5.0f * m.em;
    const float key_h = m.primary_min;  // the open key is the screen's main action
    const float pad_w = 3 * key + 2 * m.pad * 0.5f;
    const float left = ImGui::GetStyle().WindowPadding.x + (width - pad_w) / 2;
    static constexpr const char* kRows[] = {"123", "456", "789"};
    for (const char* row : kRows) {
        ImGui::SetCursorPosX(left);
        for (int i = 0; i < 3; ++i) {
            if (i) ImGui::SameLine(0, m.pad * 0.5f);
            const char digit = row[i];
            const std::string id = std::string("pin_") + digit;
            if (touch_button({id.c_str(), std::string(1, digit), ImVec2(key, key_h)}) && m_typed.size() < 8) {
                m_typed.push_back(digit);
            }
        }
    }
    ImGui::SetCursorPosX(left);
    if (touch_button({"pin_erase", "", ImVec2(key, key_h), ButtonRole::Normal, Pictogram::Erase}) && !m_typed.empty()) {
        m_typed.pop_back();
    }
    ImGui::SameLine(0, m.pad * 0.5f);
    if (touch_button({"pin_0", "0", ImVec2(key, key_h)}) && m_typed.size() < 8) m_typed.push_back('0');
    ImGui::SameLine(0, m.pad * 0.5f);
    if (touch_button({"pin_ok", _("Openen"), ImVec2(key, key_h), ButtonRole::Primary, Pictogram::Check,
                      m_typed.size() >= 4 && !m_lock.locked_out()})) {
        const PinResult result = m_lock.try_pin(m_typed);
        std::fill(m_typed.begin(), m_typed.end(), '\0');
        m_typed.clear();
        if (result == PinResult::Opened) {
            m_unlocked = true;
            show_panel(ctx, 0);
        } else {
            m_pin_message = {N_("Deze pincode klopt niet."), {}, true};
        }
    }
    const float y = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - m.button_h;
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, y));
    if (touch_button({"host_close", C_("knop", "Terug"), ImVec2(9 * m.em, m.button_h), ButtonRole::Normal, Pictogram::Back})) {
        leave(ctx);
    }
}

void HostMode::draw_tabs(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const float h = host_button_h(ctx);
    const ButtonSpec close{"host_close", _("Sluiten"), ImVec2(0, h), ButtonRole::Normal, Pictogram::Cross};
    const float close_w = std::max(m.touch_min, touch_button_content_width(close));
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float margin = ImGui::GetFontSize();  // tabs keep half the usual margin beside their word
    const float room = width - close_w - m.pad;
    std::vector<std::string> ids, labels;
    std::vector<float> widths;
    // Each tab as wide as its word needs; the room left over is shared out (up to 8.5 em a tab).
    // Tabs that do not fit beside each other go on to a second row.
    float needed = 0;
    for (const auto& panel : m_panels) {
        ids.push_back("tab_" + panel->id());
        labels.push_back(panel->title());
        // A tab that needs the host's eye gets a badge in its corner (room for it beside the word);
        // a " (!)" in the label made the strip wrap onto a second row.
        const float badge = panel->needs_attention() ? 0.5f * ImGui::GetFontSize() : 0.0f;
        const float word = touch_button_content_width({ids.back().c_str(), labels.back(), ImVec2(0, h)}) - margin + badge;
        widths.push_back(std::min(room, std::max(m.touch_min, word)));
        needed += widths.back() + gap;
    }
    if (!widths.empty() && needed - gap < room) {
        const float extra = (room - needed + gap) / static_cast<float>(widths.size());
        for (float& w : widths) w = std::max(w, std::min(w + extra, 8.5f * m.em));
    }
    const float left = ImGui::GetCursorPosX();
    auto close_button = [&] {
        ImGui::SameLine(ImGui::GetStyle().WindowPadding.x + width - close_w);
        ButtonSpec spec = close;
        spec.size.x = close_w;
        return touch_button(spec);
    };
    if (m_panels.empty() && close_button()) leave(ctx);
    float used = 0;
    bool first_row = true;
    for (std::size_t i = 0; i < m_panels.size(); ++i) {
        if (i && used + widths[i] <= room) {
            ImGui::SameLine();
        } else if (i) {
            if (first_row && close_button()) {  // the first row ends with Close
                leave(ctx);
                return;
            }
            first_row = false;
            ImGui::SetCursorPosX(left);
            used = 0;
        }
        const bool clicked = touch_button({ids[i].c_str(), labels[i], ImVec2(widths[i], h),
                                           i == m_current ? ButtonRole::Selected : ButtonRole::Normal});
        if (m_panels[i]->needs_attention()) draw_attention_badge();
        if (clicked) show_panel(ctx, i);
        used += widths[i] + gap;
    }
    if (first_row && !m_panels.empty() && close_button()) {
        leave(ctx);
        return;
    }
    ImGui::Separator();
}

void HostMode::draw(UiContext& ctx) {
    widget_registry().begin_frame();
    begin_full_window("##host");
    if (!m_unlocked) {
        draw_pin(ctx);
    } else {
        const bool full_screen = m_current < m_panels.size() && m_panels[m_current]->full_screen();
        if (!full_screen) draw_tabs(ctx);
        if (m_visible && m_current < m_panels.size()) m_panels[m_current]->draw(ctx);
    }
    ImGui::End();
}

}  // namespace gc::ui
