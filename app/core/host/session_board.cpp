#include "core/host/session_board.hpp"

#include "core/flow/assessment_input.hpp"

#include <algorithm>

namespace gc {

std::string_view station_state_name(StationState s) {
    switch (s) {
    case StationState::Done: return "done";
    case StationState::Missing: return "missing";
    case StationState::Remeasure: return "remeasure";
    }
    return "missing";
}

namespace {

bool open_alert_for(const std::vector<AlertRecord>& alerts, std::int64_t visit, std::string_view key) {
    return std::any_of(alerts.begin(), alerts.end(), [&](const AlertRecord& a) {
        return a.visit == visit && !a.acknowledged && (key.empty() || a.key == key);
    });
}

}  // namespace

StationState station_state(const Station& station, const BoardVisit& visit, const std::vector<AlertRecord>& alerts) {
    if (station.kind == StationKind::Questions) {
        const bool all = std::all_of(station.questions.begin(), station.questions.end(),
                                     [&](const Question& q) { return visit.answers.count(q.id) > 0; });
        return all ? StationState::Done : StationState::Missing;
    }
    bool all_required = true;
    for (const auto& entry : station.entries) {
        const auto value = visit.values.find(entry.measure);
        if (value == visit.values.end()) {
            if (!entry.optional) all_required = false;
            continue;
        }
        if (value->second < entry.min || value->second > entry.max) return StationState::Remeasure;
        const auto key = light_key_for(entry.measure);
        if (!key.empty() && open_alert_for(alerts, visit.visit, key)) return StationState::Remeasure;
    }
    return all_required ? StationState::Done : StationState::Missing;
}

const BoardRow* SessionBoard::find_participant(std::int64_t participant) const {
    for (const auto& row : rows) {
        if (row.visit.participant == participant) return &row;
    }
    return nullptr;
}

const BoardRow* SessionBoard::find_card(const std::string& canonical_code) const {
    for (const auto& row : rows) {
        if (row.visit.card_code == canonical_code) return &row;
    }
    return nullptr;
}

SessionBoard build_board(const Circuit& circuit, const std::vector<BoardVisit>& visits,
                         const std::vector<AlertRecord>& alerts) {
    SessionBoard board;
    for (const auto& visit : visits) {
        BoardRow row;
        row.visit = visit;
        for (const auto& station : circuit.stations) {
            row.stations.push_back({station.id, station_state(station, visit, alerts)});
        }
        row.open_alert = open_alert_for(alerts, visit.visit, "");
        board.rows.push_back(std::move(row));
    }
    std::stable_sort(board.rows.begin(), board.rows.end(), [](const BoardRow& a, const BoardRow& b) {
        if (a.open_alert != b.open_alert) return a.open_alert;
        return a.visit.visit < b.visit.visit;
    });
    for (const auto& alert : alerts) {
        if (alert.acknowledged) continue;
        BoardAlert open{alert, {}, {}};
        for (const auto& visit : visits) {
            if (visit.visit == alert.visit) {
                open.card_code = visit.card_code;
                open.name = visit.name;
            }
        }
        board.open_alerts.push_back(std::move(open));
    }
    std::stable_sort(board.open_alerts.begin(), board.open_alerts.end(),
                     [](const BoardAlert& a, const BoardAlert& b) { return a.alert.id < b.alert.id; });
    return board;
}

}  // namespace gc
