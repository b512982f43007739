#pragma once
// Host mode tab "Apparaten": every known device with its state ("Weegschaal niet verbonden"),
// and in demo mode the control panel that makes the simulators act like the real devices
// (Tanita meet, Omron klaar, meter ingeplugd, kaart scannen, los/insteken). The kiosk owns the
// devices; the panel gets rows and actions as callbacks, so the UI layer needs no device code.
#include "ui/host/host_panel.hpp"

#include <functional>
#include <string>
#include <vector>

namespace gc::ui {

struct DeviceRow {
    std::string id;                       // "tanita", "omron", "contour", "scanner"
    const char* name = nullptr;           // Dutch msgid: "Weegschaal"
    const char* not_connected = nullptr;  // Dutch msgid: "Weegschaal niet verbonden"
    bool connected = false;
};

// What the demo control panel can ask of the simulated devices.
enum class DemoAction { TanitaMeasures, OmronFinishes, MeterPluggedIn, ScanCard, Unplug, PlugIn };

struct DevicesPanelSource {
    std::function<std::vector<DeviceRow>()> rows;
    // Empty outside demo mode. `device` is set for Unplug / PlugIn.
    std::function<void(DemoAction, const std::string& device)> demo;
};

class DevicesPanel final : public HostPanel {
public:
    explicit DevicesPanel(DevicesPanelSource source) : m_source(std::move(source)) {}
    std::string id() const override { return "devices"; }
    std::string title() const override;
    bool needs_attention() const override;  // a device is not connected
    void enter(UiContext&) override { refresh(); }
    void draw(UiContext& ctx) override;

private:
    void refresh();
    DevicesPanelSource m_source;
    std::vector<DeviceRow> m_rows;
};

}  // namespace gc::ui
