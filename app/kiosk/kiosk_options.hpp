#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace gc::kiosk {

struct KioskOptions {
    bool demo = false;
    bool exit_after_first_frame = false;
    bool windowed = false;
    int width = 1280;
    int height = 800;
    int demo_participants = 15;
    bool demo_follow_up = false;  // demo: today's session follows up an earlier one (then and now)
    std::optional<std::filesystem::path> script;          // scripted UI run (tests)
    std::filesystem::path screenshot_dir = "screenshots";
    std::filesystem::path db = "/var/lib/groepsconsult/kiosk.db";
    std::string ruleset = "nl-groepsconsult-2026";
    std::string printer;  // CUPS queue for sheets; empty: the default destination
    std::string host_pin_hash;  // crypt(3) hash of the PIN (`groepsconsult pin-hash`); wins over host_pin
    std::string host_pin;  // host mode PIN (4-8 digits); empty: no host mode (demo: a random one)
    std::string scanner;   // card scanner: CDC-ACM tty, or with scanner_keyboard an evdev node
    bool scanner_keyboard = false;
    std::string webcam;    // V4L2 node for host mode's webcam scanning; empty: the first capture device
    std::optional<std::filesystem::path> stations;  // circuit file; default assets/stations/circuit.toml
    std::vector<std::string> languages;             // offered, in button order; empty: all of languages.toml
    int idle_seconds = 90;     // no touch for this long: "Bent u er nog?"
    int warning_seconds = 20;  // then this countdown, then the participant's data is wiped
    int remember_unlock_hours = 12;  // a restarted kiosk reopens without the passphrase; 0: never
    std::filesystem::path export_dir = "/media/groepsconsult";  // host mode's "Exporteren" writes here
};

// Parses argv; returns the exit code to use when the program should stop (help, bad usage).
std::optional<int> parse_kiosk_options(int argc, char** argv, KioskOptions& options);

}  // namespace gc::kiosk
