#pragma once
// Host mode tab "Apparaten": every known device with its state ("Weegschaal niet verbonden"),
// and in demo mode the control panel that makes the simulators act like the real devices
// (Tanita meet, Omron klaar, meter ingeplugd, kaart scannen, los/insteken). The kiosk owns the
// devices; the panel gets rows and actions as callbacks, so the UI layer needs no device code.
// Below the list: the last few entries of the device log (garbled frames, device errors).
#include "ui/host/host_panel.hpp"

#include <chrono>
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

// One line of the device log (what a device sent that was not stored), newest last.
struct DeviceLogLine {
    std::chrono::system_clock::time_point at;
    const char* device = nullptr;  // Dutch msgid ("Weegschaal"); nullptr: unknown
    std::string event;             // stable code: "checksum_mismatch", "garbled", ...
    std::string raw_hex;           // "45 31 36"
};

// What the demo control panel can ask of the simulated devices.
enum class DemoAction { TanitaMeasures, OmronFinishes, MeterPluggedIn, ScanCard, Unplug, PlugIn };

struct DevicesPanelSource {
    std::function<std::vector<DeviceRow>()> rows;
    // Empty outside demo mode. `device` is set for Unplug / PlugIn.
    std::function<void(DemoAction, const std::string& device)> demo;
    // The last few device log lines (may be empty). Asked every frame: answer from memory.
    std::function<std::vector<DeviceLogLine>()> log;
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
    void draw_log(UiContext& ctx, float width);
    DevicesPanelSource m_source;
    std::vector<DeviceRow> m_rows;
    std::vector<DeviceLogLine> m_log;
};

}  // namespace gc::ui
