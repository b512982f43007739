#pragma once
#include <cstdint>

namespace gc::kiosk {
// Until the first frame, the kiosk's heap sits on transparent huge pages. Start-up touches some
// 40 MB of fresh heap (Mesa's buffers, shader compilation, the font atlas); page by page that is
// ~10 000 page faults, and a fault costs 10-30 µs on the virtual machines the kiosk is measured
// on, which made them the largest single part of the first frame (see README, "Start-up").
// Where huge pages are off ("never") only the malloc settings remain; nothing else depends on it.
class StartupHeap {
public:
    // Call first in main(), before any thread starts: one malloc arena (for good), big blocks
    // from the heap.
    StartupHeap();
    // After the first frame: malloc's usual thresholds again, and the untouched reserve returned.
    void end();
    ~StartupHeap() { end(); }
    StartupHeap(const StartupHeap&) = delete;
    StartupHeap& operator=(const StartupHeap&) = delete;

private:
    bool m_active = false;
    std::uintptr_t m_huge_begin = 0;  // the range advised for huge pages
    std::uintptr_t m_huge_end = 0;
};
}  // namespace gc::kiosk
