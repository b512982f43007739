#pragma once
// Start-up overlap: loads Mesa's DRI driver (one file for every Mesa GPU and for llvmpipe; it
// pulls in LLVM, about 80 MB to map and relocate) on a worker thread while the rest of the
// kiosk starts. SDL's context creation later finds it loaded. Nothing changes when the file is
// missing (another GL vendor): the thread just finds nothing to load.
#include <thread>

namespace gc::ui {

class GlDriverPreload {
public:
    GlDriverPreload();   // starts the thread
    ~GlDriverPreload();  // joins it; the driver stays loaded for Mesa
    GlDriverPreload(const GlDriverPreload&) = delete;
    GlDriverPreload& operator=(const GlDriverPreload&) = delete;

private:
    std::thread m_thread;
};

}  // namespace gc::ui
