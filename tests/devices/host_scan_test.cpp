// Host mode's card scanner: a simulated CDC-ACM scanner on a PTY (real termios on the other
// end) opens the right participant at a station; unplug and plug in again; stray barcodes are
// ignored. Keyboard-mode scanners: key codes become the code's characters, and a node that is
// not an evdev device is refused.
#include "core/card_code.hpp"
#include "core/flow/participant_flow.hpp"
#include "devices/scanner/card_scanner.hpp"
#include "devices/scanner/scanner.hpp"
#include "devices/sim/pty_device.hpp"
#include "devices/transport/evdev_keyboard.hpp"
#include "devices/transport/serial_port.hpp"

#include <catch2/catch.hpp>

#include <condition_variable>
#include <fstream>
#include <linux/input.h>
#include <mutex>
#include <sstream>
#include <thread>
#include <unistd.h>

using namespace gc;
using namespace gc::devices;

namespace {

struct Inbox {
    std::mutex mutex;
    std::condition_variable arrived;
    std::vector<std::string> codes;
    void push(const std::string& code) {
        std::lock_guard<std::mutex> lock(mutex);
        codes.push_back(code);
        arrived.notify_all();
    }
    // Waits (generously: this is not a speed test) until `n` codes arrived.
    bool wait_for(std::size_t n) {
        std::unique_lock<std::mutex> lock(mutex);
        return arrived.wait_for(lock, std::chrono::seconds(10), [&] { return codes.size() >= n; });
    }
};

// The flow's recorder as host mode uses it: resuming a registered participant.
struct ResumingRecorder final : VisitRecorder {
    std::map<std::string, std::string> languages;  // card code -> stored language
    Outcome begin_visit(const std::string&, const std::string&, const Consents&, ParticipantProfile&) override { return {}; }
    Outcome record_measurement(Measure, double) override { return {}; }
    Outcome record_answer(const std::string&, const std::string&) override { return {}; }
    Outcome request_sheet() override { return {}; }
    void end_visit() override {}
    Outcome resume_visit(const std::string& code, std::string& language, ParticipantProfile& profile,
                         std::map<Measure, double>& values) override {
        auto found = languages.find(code);
        if (found == languages.end()) return Outcome::failure("Deze kaart kennen we niet.", "unknown card");
        language = found->second;
        profile.birth_year = 1961;
        values[Measure::Systolic] = 131;
        return {};
    }
};

Circuit shipped_circuit() {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/stations/circuit.toml");
    std::ostringstream text;
    text << in.rdbuf();
    return parse_circuit(text.str(), "circuit.toml");
}

std::string temp_dir() {
    char tmpl[] = "/tmp/gc-scan-XXXXXX";
    const char* dir = mkdtemp(tmpl);
    REQUIRE(dir != nullptr);
    return dir;
}

}  // namespace

TEST_CASE("scanner: a card scanned on the simulated CDC scanner opens that participant at a station") {
    const std::string dir = temp_dir();
    PtyDevice scanner(dir + "/scanner");
    REQUIRE(scanner.plug_in());
    Inbox inbox;
    CardScanner reader(std::make_unique<SerialPort>(dir + "/scanner", SerialFormat{}),
                       [&](const std::string& code) { inbox.push(code); });
    const auto wait_connected = [&] {
        for (int attempt = 0; attempt < 100 && !reader.connected(); ++attempt) {
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        return reader.connected();
    };
    REQUIRE(wait_connected());

    const std::string fatma = generate_card_code([] { return std::uint64_t{0x1234567890}; });
    const std::string jan = generate_card_code([] { return std::uint64_t{0x0987654321}; });
    REQUIRE(scanner.write(encode_scanner_line("https://example.org")));  // a stray barcode: ignored
    REQUIRE(scanner.write(encode_scanner_line(format_card_code(jan))));  // dashes as printed
    REQUIRE(inbox.wait_for(1));
    CHECK(inbox.codes == std::vector<std::string>{jan});

    const Circuit circuit = shipped_circuit();
    ManualClock clock;
    ResumingRecorder recorder;
    recorder.languages = {{fatma, "tr"}, {jan, "pl"}};
    ParticipantFlow flow(circuit, clock, recorder);
    REQUIRE(flow.open_at(inbox.codes.back(), 2).ok);
    CHECK(flow.screen() == FlowScreen::Station);
    CHECK(flow.station_index() == 2);
    CHECK(flow.visit().card_code == jan);
    CHECK(flow.language() == "pl");
    CHECK(flow.visit().values.at(Measure::Systolic) == 131);  // what was stored comes back

    // Unplugged and plugged in again behind the same link: the next scan still arrives.
    scanner.unplug();
    // The reader notices the hangup; plugged in again, it reopens the link (the new PTY).
    for (int attempt = 0; attempt < 100 && reader.connected(); ++attempt) {
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    CHECK_FALSE(reader.connected());
    REQUIRE(scanner.plug_in());
    REQUIRE(wait_connected());
    REQUIRE(scanner.write(encode_scanner_line(fatma)));
    REQUIRE(inbox.wait_for(2));
    CHECK(inbox.codes.back() == fatma);
    REQUIRE(flow.open_at(fatma, 0).ok);
    CHECK(flow.language() == "tr");

    // An unknown card opens nobody and says so; the previous participant is gone.
    const Outcome unknown = flow.open_at(generate_card_code([] { return std::uint64_t{42}; }), 0);
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.message != nullptr);
    CHECK(flow.screen() == FlowScreen::Attract);
    CHECK(flow.visit().card_code.empty());
}

TEST_CASE("scanner: keyboard-mode key codes give the characters of a card code") {
    CHECK(evdev_key_char(KEY_7) == '7');
    CHECK(evdev_key_char(KEY_K) == 'K');
    CHECK(evdev_key_char(KEY_KP3) == '3');
    CHECK(evdev_key_char(KEY_MINUS) == '-');
    CHECK(evdev_key_char(KEY_ENTER) == '\r');
    CHECK(evdev_key_char(KEY_LEFTSHIFT) == 0);
    CHECK(evdev_key_char(KEY_F1) == 0);
    // The keys of "7K3-QX0-PM4⏎", through the scanner driver, give the card code.
    ScannerDriver driver;
    std::string typed;
    for (int key : {KEY_7, KEY_K, KEY_3, KEY_MINUS, KEY_Q, KEY_X, KEY_0, KEY_MINUS, KEY_P, KEY_M, KEY_4, KEY_ENTER}) {
        typed.push_back(evdev_key_char(static_cast<unsigned short>(key)));
    }
    const auto results = driver.feed(reinterpret_cast<const std::uint8_t*>(typed.data()), typed.size());
    REQUIRE(results.size() == 1);
    REQUIRE(as_reading(results[0]));
    CHECK(as_reading(results[0])->card_code == std::optional<std::string>("7K3QX0PM4"));
}

TEST_CASE("scanner: a node that is not an evdev keyboard cannot be grabbed, with the reason") {
    EvdevKeyboard not_evdev("/dev/null");
    CHECK_FALSE(not_evdev.open());
    CHECK_FALSE(not_evdev.last_error().empty());
    EvdevKeyboard absent("/dev/input/by-id/no-such-scanner-event-kbd");
    CHECK_FALSE(absent.open());
    Bytes bytes;
    CHECK(absent.read(bytes, Millis(1)) == IoStatus::Disconnected);
}
