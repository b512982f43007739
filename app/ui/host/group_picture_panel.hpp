#pragma once
// Host tab "Groepsbeeld": this session's anonymous counts per measure and colour, big and
// simple for the GP to talk along in the plenary. One large row per measure: pictogram, word,
// a bar of green / orange / red (colour, symbol and count; the words in the legend on top) and
// one plain sentence ("5 van de 12 mensen: oranje of rood"). A measure shows only from
// kGroupPictureMinimum people on. "Groot scherm" hides the tab bar to show it to the group,
// with the languages of the kiosk to choose from. Read from the store each time it is opened.
#include "core/host/group_picture.hpp"
#include "core/host/host_desk.hpp"
#include "ui/host/host_panel.hpp"

namespace gc::ui {

class GroupPicturePanel final : public HostPanel {
public:
    // `desk`: which session the host works on; `records`: where the visits are read.
    GroupPicturePanel(const HostDesk& desk, HostRecords& records, int current_year)
        : m_desk(desk), m_records(records), m_year(current_year) {}
    std::string id() const override { return "group"; }
    std::string title() const override;
    bool full_screen() const override { return m_big; }
    void enter(UiContext& ctx) override;
    void draw(UiContext& ctx) override;

    const GroupPicture& picture() const { return m_picture; }
    const char* problem() const { return m_problem; }  // Dutch msgid of the last failed read, or nullptr

private:
    void reload(UiContext& ctx);
    void draw_legend(UiContext& ctx, float width);
    void draw_row(UiContext& ctx, const GroupRow& row, float width, float height);
    void draw_buttons(UiContext& ctx, float width, std::size_t pages);
    void set_big(UiContext& ctx, bool big);

    const HostDesk& m_desk;
    HostRecords& m_records;
    int m_year;
    GroupPicture m_picture;
    const char* m_problem = nullptr;
    bool m_big = false;
    std::size_t m_page = 0;
};

}  // namespace gc::ui
