#pragma once
// Splits a byte stream into lines. Shared by the text protocols (Tanita CR LF, scanner CR).
#include "devices/reading.hpp"

#include <cstddef>
#include <cstdint>
#include <vector>

namespace gc::devices {

class LineFramer {
public:
    explicit LineFramer(std::size_t max_line = 4096) : m_max_line(max_line) {}

    // Complete lines without their CR/LF; empty lines are dropped. A line longer than
    // max_line is garbage: it is dropped and counted.
    std::vector<Bytes> push(const std::uint8_t* data, std::size_t size);
    // The unterminated rest (for a timeout); clears it.
    Bytes take_partial();
    std::size_t discarded() const { return m_discarded; }
    void count_discarded(std::size_t n) { m_discarded += n; }

private:
    std::size_t m_max_line;
    Bytes m_line;
    bool m_overflow = false;
    std::size_t m_discarded = 0;
};

}  // namespace gc::devices
