#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <map>
#include <thread>
#include <vector>

#include "i18n/language.hpp"
#include "i18n/speaker.hpp"
#include "runtime/text_file.hpp"

namespace {

const std::filesystem::path kOutput = std::filesystem::path(GC_TEST_OUTPUT_DIR) / "i18n";

struct Wav {
    std::uint32_t rate = 0;
    std::vector<std::int16_t> samples;
};

std::uint32_t le(const std::string& b, std::size_t at, int bytes) {
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(b[at + static_cast<std::size_t>(i)]);
    return v;
}

Wav read_wav(const std::filesystem::path& path) {
    const std::string b = gc::read_text_file(path).value_or("");
    REQUIRE(b.size() >= 44);
    REQUIRE(b.compare(0, 4, "RIFF") == 0);
    REQUIRE(b.compare(8, 8, "WAVEfmt ") == 0);
    REQUIRE(le(b, 20, 2) == 1);   // PCM
    REQUIRE(le(b, 22, 2) == 1);   // mono
    REQUIRE(le(b, 34, 2) == 16);  // bits
    REQUIRE(b.compare(36, 4, "data") == 0);
    const std::uint32_t bytes = le(b, 40, 4);
    REQUIRE(b.size() == 44 + bytes);
    Wav wav;
    wav.rate = le(b, 24, 4);
    for (std::size_t i = 44; i + 1 < b.size(); i += 2) wav.samples.push_back(static_cast<std::int16_t>(le(b, i, 2)));
    return wav;
}

template <typename Predicate>
bool within(std::chrono::milliseconds limit, Predicate done) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (!done()) {
        if (std::chrono::steady_clock::now() > until) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return true;
}

}  // namespace

TEST_CASE("each language's voice renders a non-silent WAV") {
    std::filesystem::create_directories(kOutput);
    const std::map<std::string, std::string> sentence = {
        {"nl", "Uw bloeddruk is goed."},        {"en", "Your blood pressure is good."},
        {"tr", "Tansiyonunuz iyi."},            {"ar", "ضغط دمك جيد."},
        {"pl", "Ciśnienie jest dobre."}};
    const auto speaker_owner = gc::i18n::open_speaker();
    gc::i18n::Speaker& speaker = *speaker_owner;
    for (const auto& lang : gc::i18n::load_languages()) {
        INFO(lang.code << " voice " << lang.voice);
        const auto path = kOutput / ("speech-" + lang.code + ".wav");
        const auto error = speaker.render_wav(sentence.at(lang.code), lang.voice, path);
        REQUIRE_FALSE(error);
        const Wav wav = read_wav(path);
        CHECK(wav.rate >= 16000);
        const double seconds = static_cast<double>(wav.samples.size()) / wav.rate;
        CHECK(seconds > 0.5);
        CHECK(seconds < 10.0);
        // Speech: a good share of samples well above the noise floor.
        std::size_t loud = 0;
        int peak = 0;
        for (const auto s : wav.samples) {
            if (std::abs(s) > 1000) ++loud;
            peak = std::max(peak, std::abs(static_cast<int>(s)));
        }
        CHECK(peak > 5000);
        CHECK(static_cast<double>(loud) / static_cast<double>(wav.samples.size()) > 0.1);
    }
}

TEST_CASE("an unknown voice gives a message and no file") {
    const auto speaker_owner = gc::i18n::open_speaker();
    gc::i18n::Speaker& speaker = *speaker_owner;
    const auto path = kOutput / "speech-unknown.wav";
    std::filesystem::remove(path);
    const auto error = speaker.render_wav("Goed.", "xx-no-such-voice", path);
    REQUIRE(error);
    CHECK_THAT(*error, Catch::Contains("unknown voice 'xx-no-such-voice'"));
    CHECK_FALSE(std::filesystem::exists(path));
}

TEST_CASE("say() returns at once, without an audio device it reports 'no audio' and carries on") {
    const auto speaker_owner = gc::i18n::open_speaker();
    gc::i18n::Speaker& speaker = *speaker_owner;
    const auto start = std::chrono::steady_clock::now();
    speaker.say("Uw bloeddruk is goed. Uw hartslag is goed.", "nl");
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::milliseconds(100));
    CHECK(speaker.speaking());
    speaker.say("Meet opnieuw.", "nl");  // a new tap replaces the old speech
    speaker.stop();
    REQUIRE(within(std::chrono::seconds(10), [&] { return !speaker.speaking(); }));
    const std::string error = speaker.last_error();
    CHECK((error.empty() || error.rfind("no audio", 0) == 0));
    // Still usable afterwards: a render works while speech failed or was stopped.
    CHECK_FALSE(speaker.render_wav("Goed.", "nl", kOutput / "speech-after-say.wav"));
}

TEST_CASE("a speaker can be destroyed while it speaks") {
    const auto start = std::chrono::steady_clock::now();
    {
        const auto speaker_owner = gc::i18n::open_speaker();
        gc::i18n::Speaker& speaker = *speaker_owner;
        speaker.say("Dit is een lange tekst om voor te lezen. Hij duurt een tijdje. En nog een zin.", "nl");
    }
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
}
