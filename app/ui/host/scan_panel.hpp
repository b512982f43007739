#pragma once
// Host tab "Kaart scannen": a card scanned with the USB scanner or the webcam (or typed) opens
// that participant at any station, or registers their arrival (in a follow-up session this
// links the new visit to the earlier one).
#include "core/flow/circuit.hpp"
#include "core/host/host_desk.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"

#include <functional>
#include <optional>

namespace gc::ui {

class ScanPanel final : public HostPanel {
public:
    // `next_scan`: the next code a scanner read (nullopt: none waiting). `opened`: the
    // participant is open at a station; host mode closes without wiping them.
    using NextScan = std::function<std::optional<std::string>()>;
    ScanPanel(HostDesk& desk, const Circuit& circuit, NextScan next_scan, std::function<void()> opened)
        : m_desk(desk), m_circuit(circuit), m_next_scan(std::move(next_scan)), m_opened(std::move(opened)) {}
    std::string id() const override { return "scan"; }
    std::string title() const override;
    void enter(UiContext&) override;
    void draw(UiContext& ctx) override;

private:
    HostDesk& m_desk;
    const Circuit& m_circuit;
    NextScan m_next_scan;
    std::function<void()> m_opened;
    std::string m_typed;
    HostMessage m_message;
};

}  // namespace gc::ui
