#pragma once
// Reads card codes from a scanner on its own thread and hands each valid code to a callback:
// a CDC-ACM scanner (/dev/ttyACM*, through SerialPort) or a keyboard-mode scanner
// (EvdevKeyboard, grabbed so its keystrokes never reach the UI). Reconnects when the scanner
// is unplugged and plugged in again. The callback runs on the scanner thread.
#include "devices/transport/link.hpp"

#include <atomic>
#include <functional>
#include <memory>
#include <string>
#include <thread>

namespace gc::devices {

class CardScanner {
public:
    using OnCode = std::function<void(const std::string& canonical_code)>;
    CardScanner(std::unique_ptr<ByteLink> link, OnCode on_code);
    ~CardScanner();  // stops and joins
    CardScanner(const CardScanner&) = delete;
    CardScanner& operator=(const CardScanner&) = delete;
    bool connected() const { return m_connected.load(); }

private:
    void run();
    std::unique_ptr<ByteLink> m_link;
    OnCode m_on_code;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_connected{false};
    std::thread m_thread;
};

}  // namespace gc::devices
