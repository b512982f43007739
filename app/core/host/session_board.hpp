#pragma once
// The session board: every participant of the day with which stations are done, missing or
// need re-measuring, and urgent alerts on top until a professional acknowledged them. Built
// from what the store holds (HostRecords::board); pure.
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

struct BoardRow {
    BoardVisit visit;
    std::vector<BoardStation> stations;  // in circuit order
    bool open_alert = false;             // an urgent value nobody acknowledged yet
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

SessionBoard build_board(const Circuit& circuit, const std::vector<BoardVisit>& visits,
                         const std::vector<AlertRecord>& alerts);

}  // namespace gc
