#pragma once
// Shared helpers of the device tests: read golden frames, run a driver, describe results.
#include "devices/driver.hpp"
#include "devices/filter.hpp"

#include <fstream>
#include <iterator>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

namespace gc::devices::test {

inline Bytes fixture(const std::string& name) {
    const std::string path = std::string(GC_TEST_SOURCE_DIR) + "/tests/fixtures/devices/" + name;
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("missing fixture " + path);
    return Bytes(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

inline Plausibility shipped_plausibility() {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/devices/plausibility.toml");
    std::stringstream text;
    text << in.rdbuf();
    auto parsed = Plausibility::from_toml(text.str());
    if (auto* err = std::get_if<std::string>(&parsed)) throw std::runtime_error(*err);
    return std::get<Plausibility>(parsed);
}

// Everything a driver makes of the bytes, fed whole, then flushed (end of input).
inline std::vector<DecodeResult> decode_all(std::string_view driver, const Bytes& bytes, DriverOptions options = {}) {
    auto d = make_driver(driver, std::move(options));
    if (!d) throw std::runtime_error("no driver");
    auto out = d->feed(bytes);
    for (auto& r : d->flush()) out.push_back(std::move(r));
    return out;
}

// A stable text form of results, to compare runs.
inline std::string describe(const std::vector<DecodeResult>& results) {
    std::ostringstream s;
    for (const auto& r : results) {
        if (const auto* e = as_error(r)) {
            s << "error " << error_code_name(e->code) << " raw=" << e->raw.size() << "\n";
            continue;
        }
        const auto& reading = std::get<Reading>(r);
        s << "reading " << reading.device.model << "/" << reading.device.serial << " raw=" << reading.raw.size();
        if (reading.card_code) s << " card";
        for (const auto& v : reading.values) s << " " << measure_name(v.measure) << "=" << v.value;
        s << "\n";
    }
    return s.str();
}

inline std::size_t count_errors(const std::vector<DecodeResult>& results, DeviceErrorCode code) {
    std::size_t n = 0;
    for (const auto& r : results)
        if (const auto* e = as_error(r); e && e->code == code) ++n;
    return n;
}

inline std::vector<Reading> readings(const std::vector<DecodeResult>& results) {
    std::vector<Reading> out;
    for (const auto& r : results)
        if (const auto* reading = as_reading(r)) out.push_back(*reading);
    return out;
}

// Null-safe accessors (the build treats possible null dereferences as errors).
inline std::optional<DeviceErrorCode> code_of(const DecodeResult& r) {
    const auto* e = as_error(r);
    return e ? std::optional<DeviceErrorCode>(e->code) : std::nullopt;
}
inline std::size_t raw_size(const DecodeResult& r) {
    if (const auto* e = as_error(r)) return e->raw.size();
    return std::get<Reading>(r).raw.size();
}
inline double value_in(const Reading& r, Measure m) {
    const auto* v = r.find(m);
    return v ? v->value : -1.0e9;
}
inline std::string unit_in(const Reading& r, Measure m) {
    const auto* v = r.find(m);
    return v ? v->unit : std::string("<missing>");
}
inline std::string card_of(const DecodeResult& r) {
    const auto* reading = as_reading(r);
    return reading && reading->card_code ? *reading->card_code : std::string("<none>");
}

}  // namespace gc::devices::test
