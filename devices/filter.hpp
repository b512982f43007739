#pragma once
// What stands between a decoded reading and the queue: plausibility ranges per measure (data:
// assets/devices/plausibility.toml) and deduplication on (device serial, device time, values)
// so a reading downloaded twice from a meter's memory is delivered once.
#include "devices/reading.hpp"

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <variant>

namespace gc::devices {

struct Range {
    double min = 0.0, max = 0.0;
};

class Plausibility {
public:
    // TOML text (the caller reads the file: devices/ does not know where assets live).
    // Returns the error message on bad input, leaving the ranges untouched.
    static std::variant<Plausibility, std::string> from_toml(std::string_view text);
    // The first value outside its range, as an Implausible error (raw bytes kept).
    std::optional<DeviceError> check(const Reading& reading) const;
    const Range* range(Measure m) const;

private:
    std::map<Measure, Range> m_ranges;
};

class DuplicateFilter {
public:
    bool seen_before(const Reading& reading);  // records it when new

private:
    std::set<std::string> m_keys;
};

// Plausibility + duplicates + bounded memory of seen readings: one per device worker.
class ReadingGate {
public:
    explicit ReadingGate(Plausibility plausibility) : m_plausibility(std::move(plausibility)) {}
    DecodeResult pass(DecodeResult result);

private:
    Plausibility m_plausibility;
    DuplicateFilter m_duplicates;
};

}  // namespace gc::devices
