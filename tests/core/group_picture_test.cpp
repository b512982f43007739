// The group picture for the plenary: anonymous counts per light and colour, a measure shown
// only when at least 5 participants of the session have it.
#include "core/host/group_picture.hpp"
#include "core/rules/ruleset.hpp"
#include "board_only_records.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>

using namespace gc;

namespace {

constexpr int kYear = 2026;

BoardVisit person(std::int64_t n, std::map<Measure, double> values) {
    BoardVisit v;
    v.participant = n;
    v.visit = 100 + n;
    v.card_code = "CODE" + std::to_string(n);
    v.name = "Persoon " + std::to_string(n);
    v.profile.sex = n % 2 ? Sex::Female : Sex::Male;
    v.profile.birth_year = 1960;
    v.values = std::move(values);
    return v;
}

BoardVisit blood_pressure(std::int64_t n, double systolic, double diastolic) {
    return person(n, {{Measure::Systolic, systolic}, {Measure::Diastolic, diastolic}});
}

const GroupRow* row(const GroupPicture& p, const std::string& key) {
    for (const auto& r : p.rows) {
        if (r.key == key) return &r;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("group picture: a measure 4 participants have is not shown", "[core][host][group]") {
    std::vector<BoardVisit> visits;
    for (int n = 1; n <= 4; ++n) visits.push_back(blood_pressure(n, 150, 85));
    visits.push_back(person(5, {}));  // registered, nothing measured yet
    visits.push_back(person(6, {}));
    const GroupPicture p = build_group_picture(test::shipped_ruleset(), visits, kYear);
    CHECK(p.participants == 6);
    CHECK(p.rows.empty());
    CHECK(row(p, "blood_pressure") == nullptr);
    CHECK(p.held_back == 1);
}

TEST_CASE("group picture: from 5 participants on a measure is shown with its counts", "[core][host][group]") {
    std::vector<BoardVisit> visits;
    for (int n = 1; n <= 5; ++n) visits.push_back(blood_pressure(n, 120 + 10 * n, 80));  // 130 140 150 160 170
    const GroupPicture p = build_group_picture(test::shipped_ruleset(), visits, kYear);
    const GroupRow* bp = row(p, "blood_pressure");
    REQUIRE(bp != nullptr);
    CHECK(bp->measured == 5);
    CHECK(bp->green == 1);
    CHECK(bp->orange == 2);
    CHECK(bp->red == 2);
    CHECK(bp->attention() == 4);
    CHECK(bp->count(Light::Red) == 2);
    CHECK(p.held_back == 0);
}

TEST_CASE("group picture: 12 participants, per light and colour, in ruleset order", "[core][host][group]") {
    std::vector<BoardVisit> visits;
    // Blood pressure: 7 green, 3 orange (one of them low), 2 red (one urgent).
    const double bp[12][2] = {{120, 80}, {125, 70}, {130, 85}, {110, 70}, {135, 88}, {118, 76}, {128, 82},
                              {145, 85}, {120, 92}, {85, 55},  {165, 95}, {200, 120}};
    for (int n = 0; n < 12; ++n) {
        BoardVisit v = blood_pressure(n + 1, bp[n][0], bp[n][1]);
        if (n < 3) v.values[Measure::Waist] = 80;  // waist: only three people, held back
        visits.push_back(v);
    }
    const GroupPicture p = build_group_picture(test::shipped_ruleset(), visits, kYear);
    CHECK(p.participants == 12);
    REQUIRE(p.rows.size() == 1);
    const GroupRow& r = p.rows.front();
    CHECK(r.key == "blood_pressure");
    CHECK(r.measured == 12);
    CHECK(r.green == 7);
    CHECK(r.orange == 3);
    CHECK(r.red == 2);
    CHECK(r.attention() == 5);
    CHECK(p.held_back == 1);
}

TEST_CASE("group picture: a store that cannot be read gives its message and keeps the last picture",
          "[core][host][group]") {
    test::BoardOnlyRecords records;
    for (int n = 1; n <= 6; ++n) records.visits.push_back(blood_pressure(n, 120, 80));
    GroupPicture p;
    REQUIRE(load_group_picture(records, 1, test::shipped_ruleset(), kYear, p).ok);
    REQUIRE(p.rows.size() == 1);
    CHECK(p.rows[0].green == 6);
    records.board_failure = Outcome::failure("De database is op slot.", "locked");
    const Outcome failed = load_group_picture(records, 1, test::shipped_ruleset(), kYear, p);
    CHECK_FALSE(failed.ok);
    CHECK(std::string(failed.message) == "De database is op slot.");
    CHECK(p.rows.size() == 1);  // what was shown stays until a read succeeds
}
