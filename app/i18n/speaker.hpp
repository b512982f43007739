#pragma once
// Read-aloud with the espeak-ng library. Speech is synthesised and played on a worker thread,
// so say() never blocks the UI. Without an audio device (CI, Xvfb) speech reports "no audio"
// and the kiosk carries on.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace gc::i18n {

class Speaker {
public:
    Speaker();
    ~Speaker();  // stops speech and joins the worker
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    // Speaks text (plain UTF-8, logical order — not visual_line() output) with an espeak-ng
    // voice ("nl", "ar"; Language::voice). Stops what was being said. Returns at once.
    void say(std::string text, std::string voice);
    // Stops speech now (a new screen, the participant left).
    void stop();
    bool speaking() const;

    // The last problem, for the host/log ("no audio", "unknown voice 'xx'"), or empty.
    std::string last_error() const;

    // Synthesises text to a 16-bit mono WAV file (tests, checks). Runs on the worker thread and
    // waits for it; returns an error message, or nullopt on success.
    std::optional<std::string> render_wav(std::string_view text, std::string_view voice,
                                          const std::filesystem::path& wav_file);

    struct Worker;  // internal

private:
    std::unique_ptr<Worker> m_worker;
};

}  // namespace gc::i18n
