#pragma once
// What the host's printer tab shows, read from the print worker's snapshot.
#include "report/print_worker.hpp"
#include "ui/host/printer_panel.hpp"

namespace gc::kiosk {

ui::PrinterView printer_view(const report::PrintSnapshot& snapshot);

}  // namespace gc::kiosk
