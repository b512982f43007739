// bench_store: prints store figures as `name=value unit` lines. Never fails on speed.
//   unlock (PBKDF2 at the stated iteration count), confirm-a-measurement p50/p99 (WAL,
//   synchronous=FULL: each is a commit with fsync), card-code lookup among 10 000
//   participants, demo-data rate.
#include "store/demo_data.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace gc;
using namespace gc::store;

namespace {

using Clock = std::chrono::steady_clock;
constexpr std::string_view kPassphrase = "bench passphrase";

double ms_since(Clock::time_point start) {
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

double percentile(std::vector<double> samples, double p) {
    std::sort(samples.begin(), samples.end());
    const auto index = static_cast<std::size_t>(p * static_cast<double>(samples.size() - 1) + 0.5);
    return samples[index];
}

void print(const char* name, double value, const char* unit, const std::string& note = "") {
    std::printf("%s=%.3f %s%s%s\n", name, value, unit, note.empty() ? "" : "  # ", note.c_str());
}

int fail(const StoreError& error) {
    std::fprintf(stderr, "bench_store: %s\n", error.describe().c_str());
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    const std::filesystem::path dir = argc > 1 ? argv[1] : "bench_store.out";
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const auto db = dir / "bench.db";
    const auto iterations = std::to_string(kDefaultKdfIterations);

    // Unlock: open + key + first read, which runs PBKDF2.
    VisitId visit;
    {
        auto store = Store::open(db, kPassphrase);
        if (!store) return fail(store.error());
        auto session = store.value().start_session({"2026-01-12", "bench", GroupType::Mixed, "bench", {}});
        auto participant = store.value().register_participant(ParticipantInfo{});
        if (!session || !participant) return 1;
        auto created = store.value().create_visit(session.value(), participant.value().id, wall_now());
        if (!created) return fail(created.error());
        visit = created.value();
    }
    std::vector<double> unlock;
    std::vector<double> reject;
    for (int i = 0; i < 7; ++i) {
        auto start = Clock::now();
        auto store = Store::open(db, kPassphrase);
        unlock.push_back(ms_since(start));
        if (!store) return fail(store.error());
        start = Clock::now();
        auto wrong = Store::open(db, "wrong");
        reject.push_back(ms_since(start));
    }
    print("unlock_median", percentile(unlock, 0.5), "ms", "kdf_iter=" + iterations);
    print("wrong_passphrase_rejected_median", percentile(reject, 0.5), "ms", "kdf_iter=" + iterations);

    auto opened = Store::open(db, kPassphrase);
    if (!opened) return fail(opened.error());
    auto& store = opened.value();

    // Confirm a measurement: one committed transaction with fsync per call.
    std::vector<double> confirm;
    for (int i = 0; i < 300; ++i) {
        MeasurementRecord m;
        m.measure = Measure::Systolic;
        m.value = 120 + i % 40;
        m.source = DeviceSource{"Omron HBP-1320", "BENCH", std::vector<std::uint8_t>(16, 0x42), std::nullopt};
        m.kiosk_time = wall_now();
        const auto start = Clock::now();
        auto id = store.record_measurement(visit, m);
        confirm.push_back(ms_since(start));
        if (!id) return fail(id.error());
    }
    print("confirm_measurement_p50", percentile(confirm, 0.5), "ms");
    print("confirm_measurement_p99", percentile(confirm, 0.99), "ms", "target <= 10 ms");

    // Card-code lookup among 10 000 participants (registered in batches of 1000).
    std::vector<std::string> codes;
    const auto fill_start = Clock::now();
    for (int batch = 0; batch < 10; ++batch) {
        auto status = store.in_one_transaction([&]() -> Status {
            for (int i = 0; i < 1000; ++i) {
                auto p = store.register_participant(ParticipantInfo{});
                if (!p) return p.error();
                codes.push_back(p.value().card_code);
            }
            return Done{};
        });
        if (!status) return fail(status.error());
    }
    print("register_10000_participants", ms_since(fill_start), "ms", "10 transactions");
    std::mt19937 rng(1);
    std::vector<double> lookup;
    for (int i = 0; i < 1000; ++i) {
        const auto& code = codes[std::uniform_int_distribution<std::size_t>(0, codes.size() - 1)(rng)];
        const auto start = Clock::now();
        auto found = store.find_participant(code);
        lookup.push_back(ms_since(start));
        if (!found) return fail(found.error());
    }
    print("card_code_lookup_p50", percentile(lookup, 0.5), "ms", "among 10000 participants");
    print("card_code_lookup_p99", percentile(lookup, 0.99), "ms", "target <= 2 ms");

    // demo-data: one transaction per participant (visit, consents, 11 measurements, ...).
    const int demo_participants = 100;
    const auto demo_start = Clock::now();
    auto demo = add_demo_data(store, DemoDataOptions{demo_participants, 12, 7});
    const double demo_ms = ms_since(demo_start);
    if (!demo) return fail(demo.error());
    print("demo_data_rate", demo_participants / (demo_ms / 1000.0), "participants/s");
    return 0;
}
