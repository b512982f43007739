#include "ui/host/group_picture_panel.hpp"

#include "i18n/i18n.hpp"
#include "ui/host/host_widgets.hpp"
#include "ui/layout.hpp"
#include "ui/light_text.hpp"
#include "ui/text_layout.hpp"
#include "ui/theme.hpp"
#include "ui/widgets/pictogram.hpp"
#include "ui/widgets/touch_button.hpp"
#include "ui/widgets/traffic_light.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace gc::ui {
namespace {

constexpr std::array<Light, 3> kLights = {Light::Green, Light::Orange, Light::Red};

Pictogram pictogram_for(const std::string& key) {
    if (key == "blood_pressure" || key == "pulse") return Pictogram::BloodPressure;
    if (key == "waist") return Pictogram::Tape;
    if (key == "bmi" || key == "body_fat_percent" || key == "visceral_fat") return Pictogram::Scale;
    return Pictogram::Drop;  // glucose, HbA1c, the cholesterols: a drop of blood
}

std::string sentence(const GroupRow& row) {
    char text[160];
    const auto people = static_cast<unsigned long>(row.measured);
    if (row.attention() == 0) {
        std::snprintf(text, sizeof text, i18n::ntr("Alle %d mens: groen", "Alle %d mensen: groen", people), row.measured);
    } else {
        std::snprintf(text, sizeof text,
                      i18n::ntr("%d van de %d mens: oranje of rood", "%d van de %d mensen: oranje of rood", people),
                      row.attention(), row.measured);
    }
    return text;
}

// Text in a box of `w` x `h` (window coordinates, vertically centred): in the title font when it
// fits there, else in the body font.
void fitted_text(UiContext& ctx, const std::string& text, float x, float y, float w, float h, bool rtl) {
    ImGui::PushFont(ctx.fonts.title);
    if (text_block_height(text, w, rtl) > h) {
        ImGui::PopFont();
        ImGui::PushFont(ctx.fonts.body);
    }
    const float used = text_block_height(text, w, rtl);
    ImGui::SetCursorPos(ImVec2(x, y + std::max(0.0f, (h - used) / 2)));
    text_block(text, w, rtl);
    ImGui::PopFont();
}

}  // namespace

std::string GroupPicturePanel::title() const { return _("Groepsbeeld"); }

void GroupPicturePanel::enter(UiContext& ctx) {
    set_big(ctx, false);
    m_page = 0;
    reload(ctx);
}

void GroupPicturePanel::reload(UiContext& ctx) {
    m_problem = nullptr;
    const auto session = m_desk.session();
    if (!session) {
        m_picture = {};
        return;
    }
    if (auto loaded = load_group_picture(m_records, *session, ctx.rules, m_year, m_picture); !loaded.ok) {
        m_problem = loaded.message;
    }
}

void GroupPicturePanel::set_big(UiContext& ctx, bool big) {
    // The group may read another language; host mode itself speaks Dutch again afterwards.
    if (m_big && !big && ctx.switch_language) ctx.switch_language("nl");
    m_big = big;
}

void GroupPicturePanel::draw_legend(UiContext& ctx, float width) {
    // The words of the colours once, on top; the bars below carry colour, symbol and count.
    const float w = width / 3;
    const float y = ImGui::GetCursorPosY();
    for (std::size_t i = 0; i < kLights.size(); ++i) {
        ImGui::SetCursorPos(ImVec2(start_x(static_cast<float>(i) * w, w), y));
        ImGui::BeginGroup();
        traffic_light_badge(kLights[i], _(light_word(kLights[i])), 1.2f * ctx.metrics.em, rtl(), w);
        ImGui::EndGroup();
    }
    ImGui::Dummy(ImVec2(0, 0.2f * ctx.metrics.em));
}

void GroupPicturePanel::draw_row(UiContext& ctx, const GroupRow& row, float width, float height) {
    const auto& m = ctx.metrics;
    const bool right_to_left = rtl();
    auto* draw = ImGui::GetWindowDrawList();
    const float y = ImGui::GetCursorPosY();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float to_screen = origin.x - ImGui::GetCursorPosX();  // window x -> screen x
    const float icon_w = height, name_w = width * 0.2f, bar_w = width * 0.42f;
    const float text_w = width - icon_w - name_w - bar_w - 3 * m.pad * 0.5f;
    draw->AddRectFilled(ImVec2(to_screen + start_x(0, width), origin.y), ImVec2(to_screen + start_x(0, width) + width, origin.y + height),
                        colours::kPanel, 8.0f);
    // Pictogram and word.
    const float icon_x = to_screen + start_x(0, icon_w);
    draw_pictogram(pictogram_for(row.key), ImVec2(icon_x + icon_w / 2, origin.y + height / 2), height * 0.7f, colours::kPrimary);
    fitted_text(ctx, _(light_label(row.key)), start_x(icon_w + m.pad * 0.5f, name_w), y, name_w, height, right_to_left);
    ImGui::PushFont(ctx.fonts.title);
    // The bar: one segment per colour, as wide as its share, with symbol and count inside.
    const float bar_x0 = start_x(icon_w + name_w + m.pad, bar_w);
    const float bar_h = height * 0.8f, bar_y = origin.y + (height - bar_h) / 2;
    const float min_seg = bar_h * 1.6f;  // room for the symbol and a two-digit count
    float used = 0;
    std::array<float, 3> seg{};
    int present = 0;
    for (std::size_t i = 0; i < kLights.size(); ++i) present += row.count(kLights[i]) > 0;
    const float share_w = bar_w - min_seg * static_cast<float>(present);
    for (std::size_t i = 0; i < kLights.size(); ++i) {
        const int n = row.count(kLights[i]);
        seg[i] = n > 0 ? min_seg + share_w * static_cast<float>(n) / static_cast<float>(std::max(1, row.measured)) : 0;
    }
    for (std::size_t i = 0; i < kLights.size(); ++i) {
        if (seg[i] <= 0) continue;
        // Green starts on the start side (left, or right in Arabic).
        const float x = right_to_left ? bar_x0 + bar_w - used - seg[i] : bar_x0 + used;
        const ImVec2 a(to_screen + x, bar_y), b(to_screen + x + seg[i] - 3, bar_y + bar_h);
        draw->AddRectFilled(a, b, light_colour(kLights[i]), 6.0f);
        // The counts as large as the bar allows: they are what the group reads from afar.
        ImGui::PushFont(bar_h > 2.2f * ImGui::GetFontSize() ? ctx.fonts.big : ctx.fonts.title);
        const std::string count = std::to_string(row.count(kLights[i]));
        const ImVec2 count_size = ImGui::CalcTextSize(count.c_str());
        const float symbol = bar_h * 0.7f;
        const float content = symbol + 0.2f * m.em + count_size.x;
        const float cx = (a.x + b.x) / 2 - content / 2;
        draw_light_symbol(kLights[i], ImVec2(cx + symbol / 2, bar_y + bar_h / 2), symbol);
        draw->AddText(ImVec2(cx + symbol + 0.2f * m.em, bar_y + (bar_h - count_size.y) / 2), colours::kOnPrimary, count.c_str());
        ImGui::PopFont();
        used += seg[i];
    }
    ImGui::PopFont();
    fitted_text(ctx, sentence(row), start_x(width - text_w, text_w), y, text_w, height, right_to_left);
    ImGui::SetCursorPos(ImVec2(ImGui::GetStyle().WindowPadding.x, y + height + m.pad * 0.3f));
}

void GroupPicturePanel::draw_buttons(UiContext& ctx, float width, std::size_t pages) {
    const auto& m = ctx.metrics;
    const float h = host_button_h(ctx);
    const bool right_to_left = rtl();
    const float y = ImGui::GetWindowHeight() - ImGui::GetStyle().WindowPadding.y - h;
    const float big_w = 10 * m.em, refresh_w = 8 * m.em, page_w = 7 * m.em;
    ImGui::SetCursorPos(ImVec2(start_x(0, big_w), y));
    if (touch_button({"group_big", m_big ? _("Klein scherm") : _("Groot scherm"), ImVec2(big_w, h),
                      m_big ? ButtonRole::Selected : ButtonRole::Normal, Pictogram::People, true, right_to_left})) {
        set_big(ctx, !m_big);
        m_page = 0;
    }
    ImGui::SetCursorPos(ImVec2(start_x(big_w + m.pad * 0.5f, refresh_w), y));
    if (touch_button({"group_refresh", _("Vernieuwen"), ImVec2(refresh_w, h), ButtonRole::Normal, Pictogram::Refresh, true,
                      right_to_left})) {
        reload(ctx);
    }
    if (pages > 1) {
        ImGui::SetCursorPos(ImVec2(start_x(width - 2 * page_w - m.pad * 0.5f, page_w), y));
        if (touch_button({"group_prev", _("Vorige"), ImVec2(page_w, h), ButtonRole::Normal, Pictogram::Back, m_page > 0,
                          right_to_left})) {
            --m_page;
        }
        ImGui::SetCursorPos(ImVec2(start_x(width - page_w, page_w), y));
        if (touch_button({"group_next", _("Volgende"), ImVec2(page_w, h), ButtonRole::Normal, Pictogram::Next,
                          m_page + 1 < pages, right_to_left})) {
            ++m_page;
        }
    }
    if (!m_big) return;
    // Shown to the group: the kiosk's languages, on the line above.
    const auto& languages = i18n::languages();
    const float lang_w = std::min(6 * m.em, share_width(width, languages.size()));
    const float lang_y = y - h - m.pad * 0.5f;
    for (std::size_t i = 0; i < languages.size(); ++i) {
        const auto& language = languages[i];
        ImGui::SetCursorPos(ImVec2(start_x(static_cast<float>(i) * (lang_w + m.pad * 0.25f), lang_w), lang_y));
        const std::string id = "group_lang_" + language.code;
        const bool chosen = language.code == i18n::current_language().code;
        if (touch_button({id.c_str(), language.native_name, ImVec2(lang_w, h), chosen ? ButtonRole::Selected : ButtonRole::Normal,
                          Pictogram::None, true, language.rtl}) &&
            !chosen && ctx.switch_language) {
            ctx.switch_language(language.code);
        }
    }
}

void GroupPicturePanel::draw(UiContext& ctx) {
    const auto& m = ctx.metrics;
    const float width = ImGui::GetContentRegionAvail().x;
    const bool right_to_left = rtl();
    const float h = host_button_h(ctx);
    ImGui::PushFont(ctx.fonts.title);
    char heading[160];
    const auto people = static_cast<unsigned long>(m_picture.participants);
    std::snprintf(heading, sizeof heading, i18n::ntr("Onze groep: %d deelnemer", "Onze groep: %d deelnemers", people),
                  m_picture.participants);
    text_block(heading, width, right_to_left);
    ImGui::PopFont();
    if (m_problem) text_block(_(m_problem), width, right_to_left, Align::Start, colours::kError);
    std::size_t pages = 1;
    if (m_picture.rows.empty()) {
        text_block(_("Nog geen meting bij genoeg mensen."), width, right_to_left, Align::Start, colours::kMuted);
    } else {
        draw_legend(ctx, width);
        // Page, don't scroll: as many rows as fit above the note and the buttons; few rows
        // grow taller (up to 4 em) so the group can read them from across the room.
        const float min_row = std::max(2.4f * m.em, m.primary_min), gap = m.pad * 0.3f;
        const float reserved = (m_big ? 2 * h + m.pad : h) + ImGui::GetTextLineHeightWithSpacing() + m.pad;
        const float room = ImGui::GetWindowHeight() - ImGui::GetCursorPosY() - reserved;
        const std::size_t per_page = std::max<std::size_t>(1, static_cast<std::size_t>(room / (min_row + gap)));
        pages = (m_picture.rows.size() + per_page - 1) / per_page;
        m_page = std::min(m_page, pages - 1);
        const auto on_page = static_cast<float>(std::min(per_page, m_picture.rows.size()));
        const float row_h = std::clamp(room / on_page - gap, min_row, 4.0f * m.em);
        for (std::size_t i = m_page * per_page; i < m_picture.rows.size() && i < (m_page + 1) * per_page; ++i) {
            draw_row(ctx, m_picture.rows[i], width, row_h);
        }
    }
    char note[160];
    std::snprintf(note, sizeof note, _("Een meting staat hier pas bij %d mensen of meer."), kGroupPictureMinimum);
    text_block(note, width, right_to_left, Align::Start, colours::kMuted);
    draw_buttons(ctx, width, pages);
}

}  // namespace gc::ui
