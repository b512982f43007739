#pragma once
// The group picture for the plenary: this session's anonymous counts per traffic light and
// colour ("5 van de 12 mensen: bloeddruk oranje of rood"), for the GP to talk along. Built from
// the visits HostRecords::board gives and the ruleset; pure. The picture holds counts only:
// never a name, card code, row id or value of anyone.
#include "core/assessment.hpp"
#include "core/host/host_records.hpp"

#include <string>
#include <vector>

namespace gc {

class Ruleset;

// A measure is shown only when at least this many participants of the session have it. With
// fewer, a count on a big screen in a small group points at a person ("the one red is Jan");
// the municipality export suppresses cells under 5 people for the same reason.
inline constexpr int kGroupPictureMinimum = 5;

struct GroupRow {
    std::string key;  // light key, "blood_pressure" (its name: ui/light_text.hpp)
    int measured = 0; // participants with this light
    int green = 0;
    int orange = 0;
    int red = 0;
    int count(Light light) const;
    int attention() const { return orange + red; }  // "oranje of rood"
};

struct GroupPicture {
    int participants = 0;        // visits in the session, measured or not
    std::vector<GroupRow> rows;  // ruleset order; only lights at least kGroupPictureMinimum people have
    int held_back = 0;           // lights some have, but too few to show
};

// The assessment of one visit as the board holds it (age from `current_year`).
Assessment assess_board_visit(const Ruleset& rules, const BoardVisit& visit, int current_year);

GroupPicture build_group_picture(const Ruleset& rules, const std::vector<BoardVisit>& visits, int current_year);

// Reads `session` through `records` (the kiosk: the store) and builds its picture; the visits
// read are dropped here, so nothing but counts leaves.
Outcome load_group_picture(HostRecords& records, std::int64_t session, const Ruleset& rules, int current_year,
                           GroupPicture& out);

}  // namespace gc
