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
    virtual ~Speaker() = default;

    // Speaks text (plain UTF-8, logical order — not visual_line() output) with an espeak-ng
    // voice ("nl", "ar"; Language::voice). Stops what was being said. Returns at once.
    virtual void say(std::string text, std::string voice) = 0;
    // Stops speech now (a new screen, the participant left).
    virtual void stop() = 0;
    virtual bool speaking() const = 0;

    // The last problem, for the host/log ("no audio", "unknown voice 'xx'"), or empty.
    virtual std::string last_error() const = 0;

    // Synthesises text to a 16-bit mono WAV file (tests, checks). Runs on the worker thread and
    // waits for it; returns an error message, or nullopt on success.
    virtual std::optional<std::string> render_wav(std::string_view text, std::string_view voice,
                                                  const std::filesystem::path& wav_file) = 0;
};

// espeak-ng lives in the deferred module (runtime/deferred_module.hpp): this loads it on first
// use. Throws runtime::DeferredModuleError when the module cannot be loaded.
std::unique_ptr<Speaker> open_speaker();

namespace deferred {
std::unique_ptr<Speaker> open_espeak_speaker();  // in the module
}  // namespace deferred

// The module's exported function returning the address of deferred::open_espeak_speaker.
inline constexpr const char* kDeferredSpeakerSymbol = "groepsconsult_deferred_speaker";

}  // namespace gc::i18n
