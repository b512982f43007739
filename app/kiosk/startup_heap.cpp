#include "kiosk/startup_heap.hpp"

#include <spdlog/spdlog.h>

#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>

namespace gc::kiosk {
namespace {
constexpr std::size_t kMiB = std::size_t{1} << 20;
constexpr std::size_t kHugePage = 2 * kMiB;
// glibc's largest mmap threshold is 32 MiB; the reserve is grown in blocks just under it.
constexpr std::size_t kReserveBlock = 30 * kMiB;
constexpr std::size_t kReserveBlocks = 3;
// glibc's defaults, restored after start-up.
constexpr int kDefaultMmapThreshold = 128 * 1024;
constexpr int kDefaultTrimThreshold = 128 * 1024;
}  // namespace

StartupHeap::StartupHeap() {
    // Threads (font atlas, data loading, Mesa's) would each get an arena of their own, mmap-ed
    // outside the huge-page range; and blocks over 128 KiB would each be an mmap of their own.
    // One arena stays for the whole run (glibc takes no "back to default" for it): the kiosk has
    // a handful of mostly idle threads, and one arena also keeps the resident size down.
    mallopt(M_ARENA_MAX, 1);
    mallopt(M_MMAP_THRESHOLD, static_cast<int>(32 * kMiB));
    mallopt(M_TRIM_THRESHOLD, static_cast<int>(512 * kMiB));
    auto* const before = static_cast<char*>(sbrk(0));
    std::array<void*, kReserveBlocks> blocks{};
    for (auto& block : blocks) block = std::malloc(kReserveBlock);  // address space only: not touched
    for (void* block : blocks) std::free(block);
    auto* const after = static_cast<char*>(sbrk(0));
    const auto first_huge = (reinterpret_cast<std::uintptr_t>(before) + kHugePage - 1) & ~(kHugePage - 1);
    const auto end = reinterpret_cast<std::uintptr_t>(after);
    m_active = true;
    if (end <= first_huge) {
        spdlog::debug("startup heap: the heap did not grow; left as it is");
        return;
    }
    if (madvise(reinterpret_cast<void*>(first_huge), end - first_huge, MADV_HUGEPAGE) != 0) {
        spdlog::debug("startup heap: no huge pages here ({})", std::strerror(errno));
        return;
    }
    m_huge_begin = first_huge;
    m_huge_end = end;
}

void StartupHeap::end() {
    if (!m_active) return;
    m_active = false;
    // From now on the heap grows page by page again: a 2 MiB step for a small allocation
    // would only raise the resident size. Huge pages already in use stay.
    if (m_huge_end > m_huge_begin)
        madvise(reinterpret_cast<void*>(m_huge_begin), m_huge_end - m_huge_begin, MADV_NOHUGEPAGE);
    mallopt(M_MMAP_THRESHOLD, kDefaultMmapThreshold);
    mallopt(M_TRIM_THRESHOLD, kDefaultTrimThreshold);
    malloc_trim(0);
}

}  // namespace gc::kiosk
