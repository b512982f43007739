#include "devices/protocol/line_framer.hpp"

namespace gc::devices {

std::vector<Bytes> LineFramer::push(const std::uint8_t* data, std::size_t size) {
    std::vector<Bytes> lines;
    for (std::size_t i = 0; i < size; ++i) {
        const std::uint8_t b = data[i];
        if (b == '\r' || b == '\n') {
            if (m_overflow) {
                m_discarded += m_line.size();
                m_overflow = false;
            } else if (!m_line.empty()) {
                lines.push_back(std::move(m_line));
            }
            m_line.clear();
            continue;
        }
        if (m_line.size() >= m_max_line) {
            m_overflow = true;
            m_discarded += m_line.size();
            m_line.clear();
        }
        m_line.push_back(b);
    }
    return lines;
}

Bytes LineFramer::take_partial() {
    Bytes rest;
    rest.swap(m_line);
    if (m_overflow) {
        m_discarded += rest.size();
        rest.clear();
        m_overflow = false;
    }
    return rest;
}

}  // namespace gc::devices
