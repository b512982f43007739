#pragma once
namespace gc::kiosk {
// Milliseconds since this process was started by the kernel (includes dynamic loading),
// with the kernel's clock-tick resolution (usually 10 ms).
double ms_since_process_start();
}  // namespace gc::kiosk
