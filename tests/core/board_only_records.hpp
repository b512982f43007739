#pragma once
// Host records for tests that only read the board: the board is what the test put in
// `visits` (or `board_failure`); every other call fails, so a test that reaches one shows it.
#include "core/host/host_records.hpp"

#include <optional>
#include <vector>

namespace gc::test {

struct BoardOnlyRecords final : HostRecords {
    std::vector<BoardVisit> visits;
    std::optional<Outcome> board_failure;
    static Outcome no() { return Outcome::failure("niet in deze test", "not here"); }
    Outcome start_session(const SessionPlan&, std::int64_t&) override { return no(); }
    Outcome sessions(std::vector<SessionSummary>&) override { return no(); }
    Outcome register_arrival(std::int64_t, const ArrivalForm&, const std::string&, Arrival&) override { return no(); }
    Outcome arrive_by_card(std::int64_t, const std::string&, std::optional<std::int64_t>, const std::string&,
                           Arrival&) override {
        return no();
    }
    Outcome correct(const CorrectionRecord&) override { return no(); }
    Outcome corrections_of(std::int64_t, std::vector<CorrectionRecord>&) override { return no(); }
    Outcome merge(std::int64_t, std::int64_t, const std::string&) override { return no(); }
    Outcome set_language(std::int64_t, const std::string&, const std::string&) override { return no(); }
    Outcome raise_alert(std::int64_t, const std::string&, const std::string&) override { return no(); }
    Outcome acknowledge(std::int64_t, const std::string&) override { return no(); }
    Outcome rest_skipped(std::int64_t, const std::string&) override { return no(); }
    Outcome board(std::int64_t, std::vector<BoardVisit>& out, std::vector<AlertRecord>& alerts) override {
        if (board_failure) return *board_failure;
        out = visits;
        alerts.clear();
        return Outcome::success();
    }
};

}  // namespace gc::test
