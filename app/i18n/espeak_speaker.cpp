// Read-aloud with espeak-ng and pcaudiolib, in the deferred module (i18n/speaker.hpp).
#include "i18n/speaker.hpp"

#include <espeak-ng/espeak_ng.h>
#include <pcaudiolib/audio.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <fstream>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

namespace gc::i18n {
namespace {

// espeak-ng keeps global state: one synthesis at a time in the whole process.
std::mutex g_espeak_mutex;

std::string espeak_message(espeak_ng_STATUS status) {
    char text[512] = {};
    espeak_ng_GetStatusCodeMessage(status, text, sizeof text);
    return text;
}

// Where synthesised samples go; passed to espeak as user_data.
struct Sink {
    virtual ~Sink() = default;
    // false aborts synthesis (stopped, or the audio device failed)
    virtual bool take(const short* samples, int count) = 0;
};

int on_samples(short* samples, int count, espeak_EVENT* events) {
    auto* sink = static_cast<Sink*>(events->user_data);
    if (samples == nullptr || count <= 0) return 0;
    return sink->take(samples, count) ? 0 : 1;
}

// Initialises espeak-ng for synchronous synthesis into our callback (once per process).
// Returns an error message, or empty. Call with g_espeak_mutex held.
std::string ensure_espeak() {
    static std::string error = [] {
        espeak_ng_InitializePath(nullptr);
        espeak_ng_ERROR_CONTEXT context = nullptr;
        espeak_ng_STATUS status = espeak_ng_Initialize(&context);
        espeak_ng_ClearErrorContext(&context);
        if (status != ENS_OK) return "espeak-ng: " + espeak_message(status);
        // Synchronous: samples come to on_samples(); we play them, so a missing audio device
        // is our error to report, never espeak's crash.
        status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 100, nullptr);
        if (status != ENS_OK) return "espeak-ng output: " + espeak_message(status);
        espeak_SetSynthCallback(on_samples);
        return std::string();
    }();
    return error;
}

// Synthesises text with voice into sink. Returns an error message, or empty.
std::string synthesize(const std::string& text, const std::string& voice, Sink& sink) {
    std::lock_guard lock(g_espeak_mutex);
    if (auto error = ensure_espeak(); !error.empty()) return error;
    if (espeak_ng_SetVoiceByName(voice.c_str()) != ENS_OK) {
        // Not a voice file name ("en-gb" is a language of the voice file "en"): ask by language.
        espeak_VOICE wanted{};
        wanted.languages = voice.c_str();
        if (espeak_ng_SetVoiceByProperties(&wanted) != ENS_OK) return "unknown voice '" + voice + "'";
    }
    const espeak_ng_STATUS status = espeak_ng_Synthesize(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                                         espeakCHARS_UTF8, nullptr, &sink);
    if (status != ENS_OK) return "espeak-ng: " + espeak_message(status);
    return std::string();
}

int sample_rate() {
    std::lock_guard lock(g_espeak_mutex);
    return ensure_espeak().empty() ? espeak_ng_GetSampleRate() : 22050;
}

struct CollectSink : Sink {
    std::vector<std::int16_t> samples;
    bool take(const short* s, int count) override {
        samples.insert(samples.end(), s, s + count);
        return true;
    }
};

void put_le(std::ofstream& out, std::uint32_t value, int bytes) {
    for (int i = 0; i < bytes; ++i) out.put(static_cast<char>((value >> (8 * i)) & 0xFF));
}

std::string write_wav(const std::filesystem::path& path, const std::vector<std::int16_t>& samples, int rate) {
    std::ofstream out(path, std::ios::binary);
    const auto data_bytes = static_cast<std::uint32_t>(samples.size() * 2);
    const auto sample_rate_u = static_cast<std::uint32_t>(rate);
    out.write("RIFF", 4);
    put_le(out, 36 + data_bytes, 4);
    out.write("WAVEfmt ", 8);
    put_le(out, 16, 4);                 // fmt chunk size
    put_le(out, 1, 2);                  // PCM
    put_le(out, 1, 2);                  // mono
    put_le(out, sample_rate_u, 4);
    put_le(out, sample_rate_u * 2, 4);  // bytes per second
    put_le(out, 2, 2);                  // block align
    put_le(out, 16, 2);                 // bits per sample
    out.write("data", 4);
    put_le(out, data_bytes, 4);
    for (const std::int16_t s : samples) put_le(out, static_cast<std::uint16_t>(s), 2);
    out.flush();
    if (!out) return "cannot write " + path.string();
    return std::string();
}

struct Worker {
    struct Job {
        bool render = false;  // render to a file instead of speaking
        std::string text;
        std::string voice;
        std::filesystem::path wav_file;
        std::promise<std::optional<std::string>> done;
    };

    // Plays samples as they arrive; an open failure is "no audio" and ends the utterance.
    struct PlaySink : Sink {
        Worker& worker;
        audio_object* audio = nullptr;
        bool opened = false;
        std::string error;
        explicit PlaySink(Worker& w) : worker(w) {}
        bool take(const short* samples, int count) override {
            if (worker.cancel) return false;
            if (!audio) {
                audio = create_audio_device_object(nullptr, "groepsconsult", "read aloud");
                if (!audio) {
                    error = "no audio";
                    return false;
                }
                if (const int e = audio_object_open(audio, AUDIO_OBJECT_FORMAT_S16LE,
                                                    static_cast<std::uint32_t>(worker.rate), 1);
                    e != 0) {
                    error = std::string("no audio (") + audio_object_strerror(audio, e) + ")";
                    return false;
                }
                opened = true;
            }
            const auto bytes = static_cast<std::size_t>(count) * sizeof(short);
            if (const int e = audio_object_write(audio, samples, bytes); e != 0) {
                error = std::string("no audio (") + audio_object_strerror(audio, e) + ")";
                return false;
            }
            return !worker.cancel;
        }
        ~PlaySink() override {
            if (!audio) return;
            if (opened) {
                if (worker.cancel) audio_object_flush(audio);
                else audio_object_drain(audio);
                audio_object_close(audio);
            }
            audio_object_destroy(audio);
        }
    };

    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::unique_ptr<Job>> jobs;
    bool quit = false;
    std::string last_error;
    std::atomic<bool> cancel{false};
    bool speaking_now = false;  // a say() job is being synthesised/played (mutex held)
    int rate = 22050;
    std::thread thread;

    Worker() : thread([this] { run(); }) {}

    ~Worker() {
        {
            std::lock_guard lock(mutex);
            quit = true;
            cancel = true;
        }
        wake.notify_all();
        thread.join();
    }

    void drop_pending_speech() {  // mutex held
        for (auto it = jobs.begin(); it != jobs.end();) {
            it = (*it)->render ? std::next(it) : jobs.erase(it);
        }
    }

    void run() {
        rate = sample_rate();
        for (;;) {
            std::unique_ptr<Job> job;
            {
                std::unique_lock lock(mutex);
                wake.wait(lock, [this] { return quit || !jobs.empty(); });
                if (quit) break;
                job = std::move(jobs.front());
                jobs.pop_front();
                cancel = false;
                speaking_now = !job->render;
            }
            if (job->render) {
                CollectSink sink;
                std::string error = synthesize(job->text, job->voice, sink);
                if (error.empty()) error = write_wav(job->wav_file, sink.samples, rate);
                job->done.set_value(error.empty() ? std::nullopt : std::optional<std::string>(error));
            } else {
                std::string error;
                {
                    PlaySink sink(*this);
                    error = synthesize(job->text, job->voice, sink);
                    if (error.empty()) error = sink.error;
                }
                if (!error.empty()) spdlog::warn("read aloud: {}", error);  // never the text itself
                std::lock_guard lock(mutex);
                last_error = error;
                speaking_now = false;
            }
        }
        // Callers waiting for a render get an answer instead of hanging.
        for (auto& job : jobs) {
            if (job->render) job->done.set_value(std::string("speaker stopped"));
        }
    }
};

}  // namespace

class EspeakSpeaker final : public Speaker {
public:
    EspeakSpeaker() : m_worker(std::make_unique<Worker>()) {}
    void say(std::string text, std::string voice) override;
    void stop() override;
    bool speaking() const override;
    std::string last_error() const override;
    std::optional<std::string> render_wav(std::string_view text, std::string_view voice,
                                          const std::filesystem::path& wav_file) override;

private:
    std::unique_ptr<Worker> m_worker;
};

void EspeakSpeaker::say(std::string text, std::string voice) {
    auto job = std::make_unique<Worker::Job>();
    job->text = std::move(text);
    job->voice = std::move(voice);
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->drop_pending_speech();
        m_worker->jobs.push_back(std::move(job));
        m_worker->cancel = true;  // the worker resets it when it takes the new job
    }
    m_worker->wake.notify_all();
}

void EspeakSpeaker::stop() {
    std::lock_guard lock(m_worker->mutex);
    m_worker->drop_pending_speech();
    m_worker->cancel = true;
}

bool EspeakSpeaker::speaking() const {
    std::lock_guard lock(m_worker->mutex);
    if (m_worker->speaking_now) return true;
    return std::any_of(m_worker->jobs.begin(), m_worker->jobs.end(), [](const auto& job) { return !job->render; });
}

std::string EspeakSpeaker::last_error() const {
    std::lock_guard lock(m_worker->mutex);
    return m_worker->last_error;
}

std::optional<std::string> EspeakSpeaker::render_wav(std::string_view text, std::string_view voice,
                                                     const std::filesystem::path& wav_file) {
    auto job = std::make_unique<Worker::Job>();
    job->render = true;
    job->text = std::string(text);
    job->voice = std::string(voice);
    job->wav_file = wav_file;
    auto result = job->done.get_future();
    {
        std::lock_guard lock(m_worker->mutex);
        m_worker->jobs.push_back(std::move(job));
    }
    m_worker->wake.notify_all();
    return result.get();
}

namespace deferred {
std::unique_ptr<Speaker> open_espeak_speaker() { return std::make_unique<EspeakSpeaker>(); }
}  // namespace deferred

}  // namespace gc::i18n
