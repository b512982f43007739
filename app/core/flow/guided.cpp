#include "core/flow/guided.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gc {
namespace {

double number(const toml::table& t, std::string_view key, double fallback) {
    const toml::node* node = t.get(key);
    if (!node) return fallback;
    auto value = node->value<double>();
    if (!value) throw std::runtime_error("'" + std::string(key) + "' must be a number");
    return *value;
}

double positive(const toml::table& t, std::string_view key, double fallback) {
    const double v = number(t, key, fallback);
    if (!(v > 0)) throw std::runtime_error("'" + std::string(key) + "' must be above 0");
    return v;
}

int count(const toml::table& t, std::string_view key, int fallback) {
    const double v = number(t, key, fallback);
    if (v < 1 || v != std::floor(v)) throw std::runtime_error("'" + std::string(key) + "' must be a whole number >= 1");
    return static_cast<int>(v);
}

Millis seconds(const toml::table& t, std::string_view key, Millis fallback) {
    const double v = number(t, key, static_cast<double>(fallback.count()) / 1000.0);
    if (v < 0) throw std::runtime_error("'" + std::string(key) + "' must not be negative");
    return Millis(static_cast<long long>(std::llround(v * 1000.0)));
}

}  // namespace

StationProtocol parse_station_protocol(const toml::table& t) {
    StationProtocol p;
    const auto* kind = t.get_as<std::string>("kind");
    if (!kind) throw std::runtime_error("protocol without 'kind'");
    const std::string& k = kind->get();
    if (k == "blood_pressure") {
        p.kind = ProtocolKind::BloodPressure;
        auto& bp = p.blood_pressure;
        bp.rest = seconds(t, "rest_seconds", bp.rest);
        bp.between = seconds(t, "between_seconds", bp.between);
        bp.readings = count(t, "readings", bp.readings);
        bp.averaged = count(t, "averaged", bp.averaged);
        bp.max_difference = positive(t, "max_difference", bp.max_difference);
        bp.max_readings = count(t, "max_readings", bp.max_readings);
        if (bp.averaged > bp.readings) throw std::runtime_error("'averaged' is more than 'readings'");
        if (bp.max_readings < bp.readings) throw std::runtime_error("'max_readings' is less than 'readings'");
    } else if (k == "repeat") {
        p.kind = ProtocolKind::Waist;
        p.repeat.entries = count(t, "entries", p.repeat.entries);
        p.repeat.tolerance = positive(t, "tolerance", p.repeat.tolerance);
        p.repeat.max_entries = count(t, "max_entries", p.repeat.max_entries);
        if (p.repeat.entries < 2) throw std::runtime_error("'entries' must be at least 2");
        if (p.repeat.max_entries < p.repeat.entries) throw std::runtime_error("'max_entries' is less than 'entries'");
    } else if (k == "glucose") {
        p.kind = ProtocolKind::Glucose;
        const auto* question = t.get_as<std::string>("question");
        if (!question) throw std::runtime_error("glucose protocol without 'question'");
        p.glucose.question = question->get();
        p.glucose.fasting_hours = positive(t, "fasting_hours", p.glucose.fasting_hours);
        const auto* hours = t.get_as<toml::table>("hours");
        if (!hours || hours->empty()) throw std::runtime_error("glucose protocol without 'hours' per answer");
        for (const auto& [option, value] : *hours) {
            auto h = value.value<double>();
            if (!h || *h < 0) throw std::runtime_error("hours of '" + std::string(option.str()) + "' must be >= 0");
            p.glucose.hours[std::string(option.str())] = *h;
        }
    } else if (k == "weight") {
        p.kind = ProtocolKind::Weight;
        p.weight.clothes_tare_kg = number(t, "clothes_tare_kg", 0);
        if (const toml::node* pc = t.get("scale_pc_mode")) {
            auto v = pc->value<bool>();
            if (!v) throw std::runtime_error("'scale_pc_mode' must be true or false");
            p.weight.scale_pc_mode = *v;
        }
        if (p.weight.clothes_tare_kg < 0 || p.weight.clothes_tare_kg > 5) {
            throw std::runtime_error("'clothes_tare_kg' must be between 0 and 5");
        }
    } else {
        throw std::runtime_error("unknown protocol kind '" + k + "'");
    }
    return p;
}

// Blood pressure ----------------------------------------------------------------------------

BloodPressureGuide::BloodPressureGuide(BloodPressureProtocol protocol, const Clock& clock)
    : m_protocol(protocol), m_clock(clock), m_rest_end(clock.now() + protocol.rest), m_next_allowed(m_rest_end) {}

Millis BloodPressureGuide::rest_left() const { return std::max(Millis{0}, m_rest_end - m_clock.now()); }

Millis BloodPressureGuide::wait_left() const { return std::max(Millis{0}, m_next_allowed - m_clock.now()); }

void BloodPressureGuide::host_skip_rest() {
    const Millis now = m_clock.now();
    m_rest_end = std::min(m_rest_end, now);
    if (m_readings.empty()) m_next_allowed = std::min(m_next_allowed, now);
}

BloodPressureGuide::Phase BloodPressureGuide::phase() const {
    if (result()) return Phase::Done;
    if (rest_left() > Millis{0}) return Phase::Resting;
    if (wait_left() > Millis{0}) return Phase::Waiting;
    return Phase::Ready;
}

bool BloodPressureGuide::differs_too_much() const {
    const auto n = static_cast<std::size_t>(m_protocol.averaged);
    if (m_readings.size() < n) return false;
    double lo_s = 1e9, hi_s = -1e9, lo_d = 1e9, hi_d = -1e9;
    for (auto it = m_readings.end() - static_cast<std::ptrdiff_t>(n); it != m_readings.end(); ++it) {
        lo_s = std::min(lo_s, it->systolic);
        hi_s = std::max(hi_s, it->systolic);
        lo_d = std::min(lo_d, it->diastolic);
        hi_d = std::max(hi_d, it->diastolic);
    }
    return hi_s - lo_s > m_protocol.max_difference || hi_d - lo_d > m_protocol.max_difference;
}

int BloodPressureGuide::readings_planned() const {
    const int taken = readings_taken();
    if (taken < m_protocol.readings) return m_protocol.readings;
    if (differs_too_much() && taken < m_protocol.max_readings) return taken + 1;
    return taken;
}

BloodPressureGuide::Added BloodPressureGuide::add(const BpReading& reading) {
    if (result()) return Added::AlreadyDone;
    if (phase() != Phase::Ready) return Added::TooEarly;
    m_readings.push_back(reading);
    m_next_allowed = m_clock.now() + m_protocol.between;
    return Added::Accepted;
}

std::optional<BpResult> BloodPressureGuide::result() const {
    if (readings_taken() < readings_planned()) return std::nullopt;
    const auto n = static_cast<std::size_t>(m_protocol.averaged);
    BpResult r;
    double pulse_sum = 0;
    int pulses = 0;
    for (auto it = m_readings.end() - static_cast<std::ptrdiff_t>(n); it != m_readings.end(); ++it) {
        r.systolic += it->systolic;
        r.diastolic += it->diastolic;
        if (it->pulse) {
            pulse_sum += *it->pulse;
            ++pulses;
        }
    }
    // mmHg and beats per minute are whole numbers on screen and sheet; classify as shown.
    r.systolic = std::round(r.systolic / static_cast<double>(n));
    r.diastolic = std::round(r.diastolic / static_cast<double>(n));
    if (pulses > 0) r.pulse = std::round(pulse_sum / pulses);
    return r;
}

bool BloodPressureGuide::irregular() const {
    return std::any_of(m_readings.begin(), m_readings.end(), [](const BpReading& r) { return r.irregular; });
}

// Repeated entries ---------------------------------------------------------------------------

void RepeatedEntry::add(double value) {
    if (!done()) m_values.push_back(value);
}

std::optional<std::pair<double, double>> RepeatedEntry::closest_pair() const {
    std::optional<std::pair<double, double>> best;
    for (std::size_t i = 0; i < m_values.size(); ++i) {
        for (std::size_t j = i + 1; j < m_values.size(); ++j) {
            if (!best || std::abs(m_values[i] - m_values[j]) < std::abs(best->first - best->second)) {
                best = std::make_pair(m_values[i], m_values[j]);
            }
        }
    }
    return best;
}

bool RepeatedEntry::done() const {
    const int n = static_cast<int>(m_values.size());
    if (n < m_protocol.entries) return false;
    if (n >= m_protocol.max_entries) return true;
    const auto pair = closest_pair();
    // A tiny margin so that 1.0 cm apart typed as decimals still counts as "within 1 cm".
    return pair && std::abs(pair->first - pair->second) <= m_protocol.tolerance + 1e-9;
}

std::optional<double> RepeatedEntry::result() const {
    if (!done()) return std::nullopt;
    const auto pair = closest_pair();
    return (pair->first + pair->second) / 2.0;
}

// Glucose and weight -------------------------------------------------------------------------

std::optional<bool> fasting_from_answer(const GlucoseProtocol& protocol, const std::string& option_id) {
    auto it = protocol.hours.find(option_id);
    if (it == protocol.hours.end()) return std::nullopt;
    return it->second >= protocol.fasting_hours;
}

double weight_without_clothes(double scale_kg, const WeightProtocol& protocol) {
    return std::max(0.0, scale_kg - protocol.clothes_tare_kg);
}

}  // namespace gc
