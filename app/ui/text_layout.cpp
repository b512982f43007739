#include "ui/text_layout.hpp"

#include "i18n/bidi.hpp"

#include <map>
#include <sstream>
#include <tuple>

namespace gc::ui {
namespace {

using Key = std::tuple<const ImFont*, int, bool, std::string>;

std::map<Key, std::vector<std::string>>& line_cache() {
    static std::map<Key, std::vector<std::string>> cache;
    return cache;
}

std::map<std::pair<bool, std::string>, std::string>& single_cache() {
    static std::map<std::pair<bool, std::string>, std::string> cache;
    return cache;
}

float width_of(const std::string& logical_line, bool rtl) {
    return ImGui::CalcTextSize(display_line(logical_line, rtl).c_str()).x;
}

std::vector<std::string> wrap_paragraph(const std::string& paragraph, float width, bool rtl) {
    std::vector<std::string> lines;
    std::istringstream words(paragraph);
    std::string word, line;
    while (words >> word) {
        std::string candidate = line.empty() ? word : line + " " + word;
        if (width > 0 && !line.empty() && width_of(candidate, rtl) > width) {
            lines.push_back(line);
            line = word;
        } else {
            line = std::move(candidate);
        }
    }
    lines.push_back(line);
    return lines;
}

}  // namespace

const std::string& display_line(std::string_view logical, bool rtl) {
    auto key = std::make_pair(rtl, std::string(logical));
    auto it = single_cache().find(key);
    if (it == single_cache().end()) {
        std::string shown = rtl ? i18n::visual_line(logical) : i18n::without_bidi_marks(logical);
        it = single_cache().emplace(std::move(key), std::move(shown)).first;
    }
    return it->second;
}

const std::vector<std::string>& layout_lines(std::string_view logical, float width, bool rtl) {
    Key key{ImGui::GetFont(), static_cast<int>(width), rtl, std::string(logical)};
    auto it = line_cache().find(key);
    if (it != line_cache().end()) return it->second;
    std::vector<std::string> logical_lines;
    std::istringstream paragraphs{std::string(logical)};
    std::string paragraph;
    while (std::getline(paragraphs, paragraph)) {
        for (auto& l : wrap_paragraph(paragraph, width, rtl)) logical_lines.push_back(std::move(l));
    }
    std::vector<std::string> shown;
    for (const auto& l : logical_lines) shown.push_back(display_line(l, rtl));
    return line_cache().emplace(std::move(key), std::move(shown)).first->second;
}

float text_block(std::string_view logical, float width, bool rtl, Align align, ImU32 colour) {
    const auto& lines = layout_lines(logical, width, rtl);
    const float start_y = ImGui::GetCursorPosY();
    const float left = ImGui::GetCursorPosX();
    const float avail = width > 0 ? width : ImGui::GetContentRegionAvail().x;
    if (colour) ImGui::PushStyleColor(ImGuiCol_Text, colour);
    for (const auto& line : lines) {
        const float w = ImGui::CalcTextSize(line.c_str()).x;
        float x = left;
        const bool to_end = (align == Align::End) != rtl;  // End in LTR, Start in RTL → right
        if (align == Align::Center) {
            x = left + (avail - w) / 2;
        } else if (to_end) {
            x = left + avail - w;
        }
        ImGui::SetCursorPosX(x);
        ImGui::TextUnformatted(line.c_str());
    }
    if (colour) ImGui::PopStyleColor();
    ImGui::SetCursorPosX(left);
    return ImGui::GetCursorPosY() - start_y;
}

float text_block_height(std::string_view logical, float width, bool rtl) {
    const auto& lines = layout_lines(logical, width, rtl);
    return static_cast<float>(lines.size()) * ImGui::GetTextLineHeightWithSpacing();
}

std::string ltr_isolate(const std::string& text) { return "\u2066" + text + "\u2069"; }

void clear_text_cache() {
    line_cache().clear();
    single_cache().clear();
}

}  // namespace gc::ui
