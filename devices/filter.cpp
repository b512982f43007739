#include "devices/filter.hpp"

#include <cmath>
#include <toml++/toml.h>

namespace gc::devices {

std::variant<Plausibility, std::string> Plausibility::from_toml(std::string_view text) {
    toml::table table;
    try {
        table = toml::parse(text);
    } catch (const toml::parse_error& e) {
        return std::string("plausibility ranges: ") + std::string(e.description());
    }
    Plausibility p;
    for (const auto& [key, node] : table) {
        const auto measure = measure_from_name(key.str());
        if (!measure) return "plausibility ranges: unknown measure [" + std::string(key.str()) + "]";
        const auto* t = node.as_table();
        const auto min = t ? (*t)["min"].value<double>() : std::nullopt;
        const auto max = t ? (*t)["max"].value<double>() : std::nullopt;
        if (!min || !max || *min >= *max)
            return "plausibility ranges: [" + std::string(key.str()) + "] needs numbers min < max";
        p.m_ranges[*measure] = Range{*min, *max};
    }
    return p;
}

const Range* Plausibility::range(Measure m) const {
    auto it = m_ranges.find(m);
    return it == m_ranges.end() ? nullptr : &it->second;
}

std::optional<DeviceError> Plausibility::check(const Reading& reading) const {
    for (const auto& v : reading.values) {
        const Range* r = range(v.measure);
        if (r && (!std::isfinite(v.value) || v.value < r->min || v.value > r->max))
            return DeviceError{DeviceErrorCode::Implausible, std::string(measure_name(v.measure)) + " outside plausibility range",
                               reading.raw, reading.device};
    }
    return std::nullopt;
}

bool DuplicateFilter::seen_before(const Reading& r) {
    if (!r.device_time || r.card_code) return false;  // live frames without a clock are never duplicates
    const DeviceTime& t = *r.device_time;
    std::string key = r.device.driver + "|" + r.device.serial + "|" + std::to_string(t.year) + "-" + std::to_string(t.month) +
                      "-" + std::to_string(t.day) + " " + std::to_string(t.hour) + ":" + std::to_string(t.minute) + ":" +
                      std::to_string(t.second);
    for (const auto& v : r.values)
        key += "|" + std::string(measure_name(v.measure)) + "=" + std::to_string(std::lround(v.value * 100.0));
    return !m_keys.insert(key).second;
}

DecodeResult ReadingGate::pass(DecodeResult result) {
    auto* reading = std::get_if<Reading>(&result);
    if (!reading) return result;
    if (auto err = m_plausibility.check(*reading)) return *err;
    if (m_duplicates.seen_before(*reading))
        return DeviceError{DeviceErrorCode::Duplicate, "reading already delivered", reading->raw, reading->device};
    return result;
}

}  // namespace gc::devices
