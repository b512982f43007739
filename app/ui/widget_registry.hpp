#pragma once
// Every touch target records its rectangle under a stable id each frame. The scripted UI driver
// taps widgets by id, and tests check that no target is smaller than a finger and that every
// action shows a pictogram.
#include <imgui.h>

#include <string>
#include <vector>

namespace gc::ui {

struct WidgetRect {
    std::string id;
    ImVec2 min;
    ImVec2 max;
    bool primary = false;  // the main action of its screen (larger minimum size)
    bool enabled = true;
    bool pictogram = false;  // drawn with a pictogram beside its word (tests: every action has one)
    ImVec2 size() const { return ImVec2(max.x - min.x, max.y - min.y); }
    ImVec2 center() const { return ImVec2((min.x + max.x) / 2, (min.y + max.y) / 2); }
};

class WidgetRegistry {
public:
    void begin_frame() { m_rects.clear(); }
    void record(std::string id, ImVec2 min, ImVec2 max, bool primary, bool enabled, bool pictogram = false) {
        m_rects.push_back({std::move(id), min, max, primary, enabled, pictogram});
    }
    const WidgetRect* find(const std::string& id) const {
        for (const auto& r : m_rects) {
            if (r.id == id) return &r;
        }
        return nullptr;
    }
    const std::vector<WidgetRect>& all() const { return m_rects; }

private:
    std::vector<WidgetRect> m_rects;
};

WidgetRegistry& widget_registry();

}  // namespace gc::ui
