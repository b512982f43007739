#pragma once
// Host tab "Kaart scannen": a card scanned with the USB scanner or the webcam (or typed) opens
// that participant at any station, or registers their arrival (in a follow-up session this
// links the new visit to the earlier one).
#include "core/clock.hpp"
#include "core/flow/circuit.hpp"
#include "core/host/host_desk.hpp"
#include "ui/host/host_panel.hpp"
#include "ui/host/host_widgets.hpp"
#include "ui/host/webcam.hpp"
#include "ui/widgets/grey_image.hpp"

#include <functional>
#include <optional>

namespace gc::ui {

class ScanPanel final : public HostPanel {
public:
    // `next_scan`: the next code a scanner read (nullopt: none waiting). `opened`: the
    // participant is open at a station; host mode closes without wiping them.
    // `webcam` (may be null: no button): its codes come through `next_scan` too. It runs only
    // while this tab is open, and stops after kWebcamIdle on `clock` without a card.
    using NextScan = std::function<std::optional<std::string>()>;
    static constexpr Millis kWebcamIdle = std::chrono::seconds(60);
    ScanPanel(HostDesk& desk, const Circuit& circuit, NextScan next_scan, std::function<void()> opened,
              Webcam* webcam = nullptr, const Clock* clock = nullptr)
        : m_desk(desk), m_circuit(circuit), m_next_scan(std::move(next_scan)), m_opened(std::move(opened)),
          m_webcam(webcam), m_clock(clock) {}
    std::string id() const override { return "scan"; }
    std::string title() const override;
    void enter(UiContext&) override;
    void leave() override;
    void draw(UiContext& ctx) override;

private:
    void draw_webcam(UiContext& ctx, float width, float height);
    void stop_webcam();

    HostDesk& m_desk;
    const Circuit& m_circuit;
    NextScan m_next_scan;
    std::function<void()> m_opened;
    Webcam* m_webcam;
    const Clock* m_clock;
    Millis m_webcam_since{0};  // start, or the last card seen
    GreyImage m_preview;
    std::string m_typed;
    HostMessage m_message;
};

}  // namespace gc::ui
