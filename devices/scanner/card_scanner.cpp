#include "devices/scanner/card_scanner.hpp"

#include "devices/scanner/scanner.hpp"

namespace gc::devices {

CardScanner::CardScanner(std::unique_ptr<ByteLink> link, OnCode on_code)
    : m_link(std::move(link)), m_on_code(std::move(on_code)), m_thread([this] { run(); }) {}

CardScanner::~CardScanner() {
    m_stop = true;
    if (m_thread.joinable()) m_thread.join();
}

void CardScanner::run() {
    while (!m_stop) {
        if (!m_link->open()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            continue;
        }
        m_connected = true;
        ScannerDriver driver;
        while (!m_stop) {
            Bytes bytes;
            const IoStatus status = m_link->read(bytes, Millis(100));
            if (status == IoStatus::Disconnected || status == IoStatus::Error) break;
            if (bytes.empty()) continue;
            for (const auto& result : driver.feed(bytes.data(), bytes.size())) {
                const Reading* reading = as_reading(result);
                if (reading && reading->card_code) m_on_code(*reading->card_code);
            }
        }
        m_connected = false;
        m_link->close();
    }
}

}  // namespace gc::devices
