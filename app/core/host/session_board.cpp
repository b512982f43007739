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

namespace {

Assessment assessed(const Ruleset& rules, const BoardVisit& visit, const std::map<Measure, double>& values,
                    const std::map<std::string, std::string>& answers, int current_year) {
    VisitDraft draft;
    draft.profile = visit.profile;
    draft.values = values;
    draft.answers = answers;
    return assess(rules, assessment_input(draft, current_year));
}

}  // namespace

std::vector<ThenNow> then_and_now(const Ruleset& rules, const BoardVisit& visit, int current_year) {
    std::vector<ThenNow> out;
    if (!visit.earlier_visit || (visit.earlier_values.empty() && visit.values.empty())) return out;
    const Assessment then = assessed(rules, visit, visit.earlier_values, visit.earlier_answers, current_year);
    const Assessment now = assessed(rules, visit, visit.values, visit.answers, current_year);
    auto add = [&](const MeasureLight& light) {
        if (std::any_of(out.begin(), out.end(), [&](const ThenNow& t) { return t.key == light.key; })) return;
        ThenNow row{light.key, {}, {}};
        if (const MeasureLight* t = then.light(light.key)) row.then = *t;
        if (const MeasureLight* n = now.light(light.key)) row.now = *n;
        out.push_back(std::move(row));
    };
    for (const auto& light : now.lights) add(light);
    for (const auto& light : then.lights) add(light);
    return out;
}

SessionBoard build_board(const Circuit& circuit, const std::vector<BoardVisit>& visits,
                         const std::vector<AlertRecord>& alerts, const Ruleset* rules, int current_year) {
    SessionBoard board;
    for (const auto& visit : visits) {
        BoardRow row;
        row.visit = visit;
        if (rules) row.then_now = then_and_now(*rules, visit, current_year);
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
