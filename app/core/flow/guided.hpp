#pragma once
// Guided self-measurement (issue 12): the protocols that make a participant's own numbers
// trustworthy. Parameters come from the station's [station.protocol] table in
// assets/stations/circuit.toml; the logic is pure and runs on the injected clock.
//   blood pressure  rest countdown (the participant cannot skip it, the host can), readings a
//                   set time apart, the recorded value is the mean of the last readings
//                   (clinical.md §1.1: last 2 of 3), a large difference asks for one more
//   waist           entries until two agree within a tolerance; the mean of the closest two
//   glucose         when the participant last ate → fasting (>= N hours) or not
//   weight          clothes tare subtracted from the scale's weight
#include "core/clock.hpp"
#include "core/person.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace gc {

enum class ProtocolKind { None, BloodPressure, Waist, Glucose, Weight };

struct BloodPressureProtocol {
    Millis rest{std::chrono::minutes(5)};
    Millis between{std::chrono::minutes(1)};
    int readings = 3;          // planned readings
    int averaged = 2;          // the mean of the last `averaged` readings is recorded
    double max_difference = 10;  // mmHg between the averaged readings (systolic or diastolic)
    int max_readings = 4;      // one more when they differ, at most this many in all
};

struct RepeatProtocol {
    int entries = 2;          // entries before a result
    double tolerance = 1.0;   // the closest two must be this close (canonical unit)
    int max_entries = 3;
};

struct GlucoseProtocol {
    std::string question;                 // the station's question that asks about the last meal
    double fasting_hours = 8;             // fasting = at least this long without food or drink
    std::map<std::string, double> hours;  // answer option → hours since eating (at least)
};

struct WeightProtocol {
    double clothes_tare_kg = 0;  // subtracted from a scale's weight (participant in clothes)
    bool scale_pc_mode = false;  // the Tanita waits for sex, age and height from the kiosk
};

// What a Tanita in PC mode needs before it measures body composition.
struct ScalePersonalData {
    Sex sex = Sex::Female;
    int age = 0;
    double height_cm = 0;
};

struct StationProtocol {
    ProtocolKind kind = ProtocolKind::None;
    BloodPressureProtocol blood_pressure;
    RepeatProtocol repeat;
    GlucoseProtocol glucose;
    WeightProtocol weight;
};

// Parses a [station.protocol] table; throws std::runtime_error with the problem (the circuit
// parser adds file and line).
StationProtocol parse_station_protocol(const toml::table& table);

// One blood-pressure reading as the device or the keypad gave it.
struct BpReading {
    double systolic = 0;
    double diastolic = 0;
    std::optional<double> pulse;
    bool irregular = false;  // the device's irregular-heartbeat flag
};

struct BpResult {
    double systolic = 0, diastolic = 0;
    std::optional<double> pulse;
};

// The blood-pressure protocol for one participant at the station.
class BloodPressureGuide {
public:
    enum class Phase { Resting, Ready, Waiting, Done };
    enum class Added { Accepted, TooEarly, AlreadyDone };

    BloodPressureGuide(BloodPressureProtocol protocol, const Clock& clock);

    Phase phase() const;
    Millis rest_left() const;      // 0 once the rest is over
    Millis wait_left() const;      // until the next reading may start (rest or pause)
    Millis ready_at() const { return std::max(m_rest_end, m_next_allowed); }  // clock time
    void host_skip_rest();         // only the host may shorten the rest
    Added add(const BpReading& reading);
    int readings_taken() const { return static_cast<int>(m_readings.size()); }
    int readings_planned() const;  // grows by one when the readings differ too much
    const std::vector<BpReading>& readings() const { return m_readings; }
    std::optional<BpResult> result() const;  // the mean of the last readings, once done
    bool irregular() const;                  // any reading flagged: shown to the host only
    const BloodPressureProtocol& protocol() const { return m_protocol; }

private:
    bool differs_too_much() const;
    BloodPressureProtocol m_protocol;
    const Clock& m_clock;
    Millis m_rest_end;
    Millis m_next_allowed;
    std::vector<BpReading> m_readings;
};

// Repeated entries of one value (waist): done when two agree within the tolerance or the
// maximum is reached; the result is the mean of the closest two.
class RepeatedEntry {
public:
    explicit RepeatedEntry(RepeatProtocol protocol) : m_protocol(protocol) {}
    void add(double value);
    bool done() const;
    bool needs_another() const { return !done(); }
    std::optional<double> result() const;
    const std::vector<double>& values() const { return m_values; }
    const RepeatProtocol& protocol() const { return m_protocol; }

private:
    std::optional<std::pair<double, double>> closest_pair() const;
    RepeatProtocol m_protocol;
    std::vector<double> m_values;
};

// Fasting from the answer about the last meal; nullopt when unknown ("weet ik niet").
std::optional<bool> fasting_from_answer(const GlucoseProtocol& protocol, const std::string& option_id);

// The scale's weight minus the clothes tare (never below zero).
double weight_without_clothes(double scale_kg, const WeightProtocol& protocol);

}  // namespace gc
