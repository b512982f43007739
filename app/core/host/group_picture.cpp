#include "core/host/group_picture.hpp"

#include "core/flow/assessment_input.hpp"
#include "core/rules/ruleset.hpp"

#include <map>

namespace gc {

int GroupRow::count(Light light) const {
    switch (light) {
    case Light::Green: return green;
    case Light::Orange: return orange;
    case Light::Red: break;
    }
    return red;
}

Assessment assess_board_visit(const Ruleset& rules, const BoardVisit& visit, int current_year) {
    VisitDraft draft;
    draft.profile = visit.profile;
    draft.values = visit.values;
    draft.answers = visit.answers;
    return assess(rules, assessment_input(draft, current_year));
}

GroupPicture build_group_picture(const Ruleset& rules, const std::vector<BoardVisit>& visits, int current_year) {
    std::map<std::string, GroupRow> counted;
    for (const auto& visit : visits) {
        if (visit.values.empty()) continue;
        for (const auto& light : assess_board_visit(rules, visit, current_year).lights) {
            GroupRow& row = counted[light.key];
            ++row.measured;
            switch (light.colour) {
            case Light::Green: ++row.green; break;
            case Light::Orange: ++row.orange; break;
            case Light::Red: ++row.red; break;
            }
        }
    }
    GroupPicture picture;
    picture.participants = static_cast<int>(visits.size());
    for (const auto& key : rules.keys()) {
        auto it = counted.find(key);
        if (it == counted.end()) continue;
        if (it->second.measured < kGroupPictureMinimum) {
            ++picture.held_back;
            continue;
        }
        it->second.key = key;
        picture.rows.push_back(it->second);
    }
    return picture;
}

Outcome load_group_picture(HostRecords& records, std::int64_t session, const Ruleset& rules, int current_year,
                           GroupPicture& out) {
    std::vector<BoardVisit> visits;
    std::vector<AlertRecord> alerts;
    if (auto loaded = records.board(session, visits, alerts); !loaded.ok) return loaded;
    out = build_group_picture(rules, visits, current_year);
    return Outcome::success();
}

}  // namespace gc
