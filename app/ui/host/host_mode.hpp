#pragma once
// Host mode: behind the host PIN, a tab bar of HostPanels (session, registration, board, scan,
// and what other parts add: devices, printer, ...). Opened from a discreet corner button on the
// participant screens; leaving it always returns to the attract screen, so a participant never
// sees host data. Host mode speaks Dutch (the host's language).
#include "core/host/pin_lock.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"

#include <memory>
#include <string>
#include <vector>

namespace gc::ui {

class HostMode {
public:
    explicit HostMode(PinLock& lock) : m_lock(lock) {}

    // Panels appear as tabs in the order they are added; the first one opens first.
    void add_panel(std::unique_ptr<HostPanel> panel);
    HostPanel* panel(const std::string& id);

    bool visible() const { return m_visible; }
    // The corner button, drawn over a participant screen (a small mark when a panel needs the
    // host's eye: never what it is about).
    void draw_entry_button(UiContext& ctx);
    void draw(UiContext& ctx);  // the whole screen: PIN pad or the open panel
    // Close host mode: `to_attract` wipes any participant and shows the attract screen.
    void leave(UiContext& ctx, bool to_attract = true);
    bool needs_attention() const;
    std::string where() const;  // "host:pin", "host:board", ...

private:
    void draw_pin(UiContext& ctx);
    void draw_tabs(UiContext& ctx);
    void show_panel(UiContext& ctx, std::size_t index);

    PinLock& m_lock;
    std::vector<std::unique_ptr<HostPanel>> m_panels;
    std::size_t m_current = 0;
    bool m_visible = false;
    bool m_unlocked = false;
    std::string m_typed;
    HostMessage m_pin_message;
};

}  // namespace gc::ui
