#pragma once
// The session board: every participant of the day with which stations are done, missing or
// need re-measuring, and urgent alerts on top until a professional acknowledged them. Built
// from what the store holds (HostRecords::board); pure.
#include "core/assessment.hpp"
#include "core/flow/circuit.hpp"
#include "core/host/host_records.hpp"

#include <string>
#include <vector>

namespace gc {

enum class StationState { Done, Missing, Remeasure };
std::string_view station_state_name(StationState s);  // "done", "missing", "remeasure"

struct BoardStation {
    std::string station;  // station id from the circuit
    StationState state = StationState::Missing;
};

// Then and now of one light at a follow-up visit: the earlier visit's value and colour beside
// today's ("Bloeddruk 150/95 → 138/88"); either side is empty when that visit lacks it.
struct ThenNow {
    std::string key;  // light key, "blood_pressure"
    std::optional<MeasureLight> then;
    std::optional<MeasureLight> now;
};

struct BoardRow {
    BoardVisit visit;
    std::vector<BoardStation> stations;  // in circuit order
    bool open_alert = false;             // an urgent value nobody acknowledged yet
    std::vector<ThenNow> then_now;       // follow-up visits: in ruleset order; else empty
};

struct BoardAlert {
    AlertRecord alert;
    std::string card_code;
    std::optional<std::string> name;
};

struct SessionBoard {
    std::vector<BoardAlert> open_alerts;  // unacknowledged, oldest first
    std::vector<BoardRow> rows;           // rows with an open alert first, then by arrival
    const BoardRow* find_participant(std::int64_t participant) const;
    const BoardRow* find_card(const std::string& canonical_code) const;
};

// Station state of one visit. Done: every required entry measured (every question answered);
// Remeasure: a value outside the station's plausible range, or one with an open urgent alert
// (a very high blood pressure is measured again before anyone acts on it); else Missing.
StationState station_state(const Station& station, const BoardVisit& visit, const std::vector<AlertRecord>& alerts);

// The lights of the earlier visit beside this one's, for every light either visit has (the
// measured values only: no risk scores). Empty when the visit has no earlier one.
std::vector<ThenNow> then_and_now(const Ruleset& rules, const BoardVisit& visit, int current_year);

// With `rules`, follow-up rows also get their then and now.
SessionBoard build_board(const Circuit& circuit, const std::vector<BoardVisit>& visits,
                         const std::vector<AlertRecord>& alerts, const Ruleset* rules = nullptr, int current_year = 0);

}  // namespace gc
