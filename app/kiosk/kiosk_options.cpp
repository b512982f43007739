#include "kiosk/kiosk_options.hpp"

#include "runtime/version.hpp"

#include <CLI/CLI.hpp>

namespace gc::kiosk {

std::optional<int> parse_kiosk_options(int argc, char** argv, KioskOptions& o) {
    CLI::App app{"groepsconsult-kiosk — the participant kiosk of a groepsconsult", "groepsconsult-kiosk"};
    app.set_version_flag("--version", std::string("groepsconsult-kiosk ") + kVersion);
    app.add_flag("--demo", o.demo, "Throw-away encrypted database with demo participants; no hardware needed");
    app.add_option("--demo-participants", o.demo_participants, "How many participants demo mode registers")
        ->check(CLI::Range(1, 200));
    app.add_flag("--demo-follow-up", o.demo_follow_up,
                 "Demo: today's session is the 6-month follow-up of an earlier one with measured values and a referral");
    app.add_flag("--exit-after-first-frame", o.exit_after_first_frame,
                 "Print first_frame_ms=<n> (process start to first presented frame) and exit");
    app.add_flag("--windowed", o.windowed, "A window instead of fullscreen");
    app.add_option("--width", o.width, "Window width (windowed or offscreen)");
    app.add_option("--height", o.height, "Window height (windowed or offscreen)");
    app.add_option("--script", o.script, "Run a UI script (see app/ui/ui_script.hpp) and exit")->check(CLI::ExistingFile);
    app.add_option("--screenshots", o.screenshot_dir, "Where `shot` script commands save PNGs");
    app.add_option("--db", o.db, "Database file, made with `groepsconsult init` (not in demo mode); the host unlocks it on screen");
    app.add_option("--printer", o.printer, "CUPS queue for the results sheets (default: CUPS's default destination)");
    app.add_option("--host-pin-hash", o.host_pin_hash,
                   "Hash of the host PIN, made by `groepsconsult pin-hash` (so the config does not hold the PIN)");
    app.add_option("--host-pin", o.host_pin, "PIN (4-8 digits) that opens host mode on the touchscreen; without it host mode is off (demo: printed)")
        ->check([](const std::string& pin) {
            return pin.size() >= 4 && pin.size() <= 8 && pin.find_first_not_of("0123456789") == std::string::npos
                       ? std::string()
                       : std::string("the host PIN must be 4 to 8 digits");
        });
    app.add_option("--scanner", o.scanner, "Card scanner: its CDC-ACM port (/dev/gc/scanner), or its evdev node with --scanner-keyboard");
    app.add_flag("--scanner-keyboard", o.scanner_keyboard, "The scanner is in keyboard mode: grab its evdev node (/dev/input/by-id/...-event-kbd)");
    app.add_option("--webcam", o.webcam, "Webcam host mode's scan tab reads cards with (/dev/video0); default: the first video capture device");
    app.add_option("--ruleset", o.ruleset, "Ruleset id (assets/rules/<id>.toml)");
    app.add_option("--stations", o.stations, "Station circuit file (default: the installed stations/circuit.toml)")
        ->check(CLI::ExistingFile);
    app.add_option("--languages", o.languages, "Language codes offered on the start screen, in button order (nl always first)");
    app.add_option("--idle-seconds", o.idle_seconds, "Seconds without a touch before \"Bent u er nog?\"")
        ->check(CLI::Range(30, 600));
    app.add_option("--warning-seconds", o.warning_seconds, "Seconds of that countdown before the screen is wiped")
        ->check(CLI::Range(5, 120));
    app.add_option("--remember-unlock-hours", o.remember_unlock_hours,
                   "Hours a kiosk restarted after a crash reopens the database without the passphrase (0: never)")
        ->check(CLI::Range(0, 24));
    app.add_option("--export-dir", o.export_dir, "Folder (USB stick) host mode's exports are written to");
    // Settings of this machine (same names as the options); the command line wins over the file.
    app.set_config("--config", "/etc/groepsconsult/kiosk.toml", "Settings file (TOML; missing file = defaults)");
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }
    return std::nullopt;
}

}  // namespace gc::kiosk
