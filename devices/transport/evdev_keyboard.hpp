#pragma once
// A scanner in USB keyboard mode, read from its evdev node (/dev/input/by-id/...-event-kbd)
// and grabbed (EVIOCGRAB): its keystrokes come here only, never to the kiosk's UI. Key presses
// become the bytes the scanner "typed" (digits, letters, '-', Enter as CR), so the scanner
// driver's line framing and card-code check apply unchanged.
#include "devices/transport/link.hpp"

namespace gc::devices {

// Linux key code (linux/input-event-codes.h) -> the character a keyboard-mode scanner means;
// 0 for keys a card code never uses. Letters come out upper case (codes ignore case).
char evdev_key_char(unsigned short code);

class EvdevKeyboard final : public ByteLink {
public:
    explicit EvdevKeyboard(std::string path) : m_path(std::move(path)) {}
    ~EvdevKeyboard() override { close(); }
    EvdevKeyboard(const EvdevKeyboard&) = delete;
    EvdevKeyboard& operator=(const EvdevKeyboard&) = delete;

    bool open() override;  // false when absent, or when the device cannot be grabbed
    IoStatus read(Bytes& out, Millis timeout) override;
    IoStatus write(const Bytes&) override { return IoStatus::Error; }  // nothing to send
    void close() override;
    std::string describe() const override { return m_path; }
    const std::string& last_error() const { return m_last_error; }

private:
    std::string m_path;
    int m_fd = -1;
    std::string m_last_error;
};

}  // namespace gc::devices
