#pragma once
// Host tab "Printer": the queue's state in words, the recent print jobs, and a reprint button for
// each. The kiosk fills a PrinterView from its print worker (report layer) so this layer needs
// no CUPS; texts arrive as Dutch msgids and are translated here, on the UI thread.
#include "ui/host/host_panel.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace gc::ui {

struct PrintJobView {
    int request = 0;            // the print worker's request id (what reprint takes)
    std::string title;          // job title, e.g. "uitslag 3F7-K2Q"
    const char* state_msgid = "";
    bool needs_host = false;    // failed or waiting for the printer
};

struct PrinterView {
    std::string queue;
    const char* state_msgid = "";
    bool needs_host = false;       // off, out of paper, paused, unknown queue, cupsd down
    std::vector<PrintJobView> jobs;  // newest first
};

class PrinterPanel : public HostPanel {
public:
    // `fetch` returns nothing while printing has not started (the first seconds after start-up).
    PrinterPanel(std::function<std::optional<PrinterView>()> fetch, std::function<void(int)> reprint);

    std::string id() const override { return "printer"; }
    std::string title() const override;
    bool needs_attention() const override;
    void draw(UiContext& ctx) override;

private:
    std::function<std::optional<PrinterView>()> m_fetch;
    std::function<void(int)> m_reprint;
};

}  // namespace gc::ui
