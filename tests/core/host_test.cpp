// Host mode in the core: PIN lock-out with an injected clock, every host action, duplicate
// merge, corrections keeping the old value, urgent alerts on the board until acknowledged.
#include "core/card_code.hpp"
#include "core/host/host_desk.hpp"
#include "core/host/pin_lock.hpp"
#include "shipped_ruleset.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>

using namespace gc;

namespace {

Circuit shipped_circuit() {
    const std::string path = std::string(GC_TEST_SOURCE_DIR) + "/assets/stations/circuit.toml";
    return parse_circuit(test::read_file(path), path);
}

// Keeps what the store would keep, in memory; `fail_next` makes the next write fail.
struct MemoryRecords final : HostRecords {
    struct Person {
        std::int64_t id;
        std::string code;
        ArrivalForm form;
    };
    std::vector<SessionSummary> session_list;
    std::vector<Person> people;
    std::vector<BoardVisit> visits;  // with session in `visit_session`
    std::map<std::int64_t, std::int64_t> visit_session;
    std::vector<AlertRecord> alerts;
    std::vector<CorrectionRecord> corrections;
    std::vector<std::string> audit;
    bool fail_next = false;
    std::int64_t next_id = 1;

    Outcome failing() {
        fail_next = false;
        return Outcome::failure("De opslag doet het niet.", "test failure");
    }
    Outcome start_session(const SessionPlan& plan, std::int64_t& id) override {
        if (fail_next) return failing();
        id = next_id++;
        session_list.insert(session_list.begin(), {id, plan});
        audit.push_back("session");
        return {};
    }
    Outcome sessions(std::vector<SessionSummary>& out) override {
        out = session_list;
        return {};
    }
    BoardVisit& new_visit(std::int64_t session, const Person& p) {
        BoardVisit v;
        v.participant = p.id;
        v.visit = next_id++;
        v.card_code = p.code;
        v.name = p.form.name;
        v.language = p.form.language;
        v.profile.sex = p.form.sex;
        v.profile.birth_year = p.form.birth_year;
        visits.push_back(v);
        visit_session[v.visit] = session;
        return visits.back();
    }
    Outcome register_arrival(std::int64_t session, const ArrivalForm& form, const std::string&, Arrival& out) override {
        if (fail_next) return failing();
        std::uint64_t n = static_cast<std::uint64_t>(next_id) * 7919u;
        people.push_back({next_id++, generate_card_code([n] { return n; }), form});
        const auto& v = new_visit(session, people.back());
        out = {v.participant, v.visit, v.card_code, {}};
        audit.push_back("register");
        return {};
    }
    Outcome arrive_by_card(std::int64_t session, const std::string& code, std::optional<std::int64_t> earlier,
                           const std::string&, Arrival& out) override {
        auto p = std::find_if(people.begin(), people.end(), [&](const Person& x) { return x.code == code; });
        if (p == people.end()) return Outcome::failure("Deze kaart kennen we niet.", "unknown card");
        std::optional<std::int64_t> earlier_visit;
        for (const auto& v : visits) {
            if (v.participant == p->id && earlier && visit_session[v.visit] == *earlier) earlier_visit = v.visit;
        }
        auto& v = new_visit(session, *p);
        v.earlier_visit = earlier_visit;
        out = {p->id, v.visit, p->code, earlier_visit};
        audit.push_back("arrive");
        return {};
    }
    BoardVisit* visit(std::int64_t id) {
        for (auto& v : visits) {
            if (v.visit == id) return &v;
        }
        return nullptr;
    }
    Outcome correct(const CorrectionRecord& c) override {
        if (fail_next) return failing();
        corrections.push_back(c);
        visit(c.visit)->values[c.measure] = c.new_value;
        audit.push_back("correct");
        return {};
    }
    Outcome corrections_of(std::int64_t v, std::vector<CorrectionRecord>& out) override {
        out.clear();
        for (const auto& c : corrections) {
            if (c.visit == v) out.push_back(c);
        }
        return {};
    }
    Outcome merge(std::int64_t duplicate, std::int64_t keep, const std::string&) override {
        for (auto& v : visits) {
            if (v.participant != duplicate) continue;
            auto kept = std::find_if(visits.begin(), visits.end(), [&](const BoardVisit& k) {
                return k.participant == keep && visit_session[k.visit] == visit_session[v.visit];
            });
            if (kept != visits.end()) {
                for (const auto& [m, value] : v.values) kept->values.emplace(m, value);
                v.participant = -1;  // removed below
            } else {
                v.participant = keep;
            }
        }
        visits.erase(std::remove_if(visits.begin(), visits.end(), [](const BoardVisit& v) { return v.participant == -1; }),
                     visits.end());
        people.erase(std::remove_if(people.begin(), people.end(), [&](const Person& p) { return p.id == duplicate; }),
                     people.end());
        audit.push_back("merge");
        return {};
    }
    Outcome set_language(std::int64_t participant, const std::string& language, const std::string&) override {
        for (auto& v : visits) {
            if (v.participant == participant) v.language = language;
        }
        audit.push_back("language");
        return {};
    }
    Outcome raise_alert(std::int64_t v, const std::string& key, const std::string& display) override {
        alerts.push_back({next_id++, v, key, display, false, ""});
        return {};
    }
    Outcome acknowledge(std::int64_t alert, const std::string& by) override {
        if (fail_next) return failing();
        for (auto& a : alerts) {
            if (a.id == alert) {
                a.acknowledged = true;
                a.acknowledged_by = by;
            }
        }
        audit.push_back("acknowledge");
        return {};
    }
    Outcome rest_skipped(std::int64_t v, const std::string&) override {
        if (fail_next) return failing();
        audit.push_back("skipped_rest " + std::to_string(v));
        return {};
    }
    Outcome board(std::int64_t session, std::vector<BoardVisit>& out, std::vector<AlertRecord>& out_alerts) override {
        out.clear();
        out_alerts.clear();
        for (const auto& v : visits) {
            if (visit_session[v.visit] != session) continue;
            out.push_back(v);
            if (v.earlier_visit) {  // what the earlier visit holds, as the store reads it
                out.back().earlier_values = visit(*v.earlier_visit)->values;
                out.back().earlier_answers = visit(*v.earlier_visit)->answers;
            }
            for (const auto& a : alerts) {
                if (a.visit == v.visit) out_alerts.push_back(a);
            }
        }
        return {};
    }
};

struct Desk {
    Circuit circuit = shipped_circuit();
    MemoryRecords records;
    HostDesk desk{records, circuit, test::shipped_ruleset(), {"nl", "en", "tr", "ar", "pl"}};

    Arrival arrive(ArrivalForm form = {}) {
        Arrival a;
        REQUIRE(desk.register_arrival(form, 2026, a).ok);
        return a;
    }
};

}  // namespace

TEST_CASE("PIN lock: three wrong PINs lock it for five minutes, then it opens again") {
    ManualClock clock;
    PinLock lock("4711", clock);
    CHECK(lock.try_pin("1234") == PinResult::Wrong);
    CHECK(lock.tries_left() == 2);
    CHECK(lock.try_pin("47") == PinResult::Wrong);
    CHECK(lock.try_pin("0000") == PinResult::LockedOut);
    CHECK(lock.locked_out());
    // Locked: even the right PIN is refused until the time has passed.
    clock.advance(std::chrono::minutes(4));
    CHECK(lock.try_pin("4711") == PinResult::LockedOut);
    CHECK(lock.locked_for() == std::chrono::minutes(1));
    clock.advance(std::chrono::minutes(1));
    CHECK_FALSE(lock.locked_out());
    CHECK(lock.tries_left() == 3);
    CHECK(lock.try_pin("4711") == PinResult::Opened);
}

TEST_CASE("PIN lock: the right PIN resets the count of wrong tries") {
    ManualClock clock;
    PinLock lock("123456", clock, {2, std::chrono::seconds(30)});
    CHECK(lock.try_pin("111111") == PinResult::Wrong);
    CHECK(lock.try_pin("123456") == PinResult::Opened);
    CHECK(lock.try_pin("111111") == PinResult::Wrong);
    CHECK(lock.try_pin("1234567") == PinResult::LockedOut);
    clock.advance(std::chrono::seconds(30));
    CHECK(lock.try_pin("123456") == PinResult::Opened);
}

TEST_CASE("PIN lock: a PIN that is not 4 to 8 digits is a configuration error") {
    ManualClock clock;
    CHECK_THROWS(PinLock("12a4", clock));
    CHECK_THROWS(PinLock("123", clock));
    CHECK_THROWS(PinLock("123456789", clock));
    CHECK(PinLock::valid_pin("0000"));
}

TEST_CASE("PIN lock: a hashed PIN is checked by the given check, with the same lock-out") {
    ManualClock clock;
    std::vector<std::string> asked;
    PinLock lock([&](std::string_view typed) { asked.emplace_back(typed); return typed == "2468"; }, clock,
                 {2, std::chrono::seconds(30)});
    CHECK(lock.try_pin("1111") == PinResult::Wrong);
    CHECK(lock.try_pin("2468") == PinResult::Opened);
    CHECK(lock.try_pin("1111") == PinResult::Wrong);
    CHECK(lock.try_pin("2222") == PinResult::LockedOut);
    CHECK(lock.try_pin("2468") == PinResult::LockedOut);  // not even asked while locked out
    CHECK(asked.size() == 4);
    CHECK_THROWS(PinLock(PinCheck{}, clock));
}

TEST_CASE("Host: start a session, and a follow-up session of an earlier one") {
    Desk d;
    CHECK_FALSE(d.desk.start_session({"2026-13-01", "Buurthuis", HostGroup::Mixed, "anna", {}}).ok);
    CHECK(d.records.session_list.empty());
    REQUIRE(d.desk.start_session({"2026-05-20", "Buurthuis", HostGroup::Women, "anna", {}}).ok);
    const auto first = *d.desk.session();
    CHECK_FALSE(d.desk.follow_up());
    CHECK_FALSE(d.desk.start_session({"2026-11-20", "Buurthuis", HostGroup::Women, "anna", 999}).ok);
    REQUIRE(d.desk.start_session({"2026-11-20", "Buurthuis", HostGroup::Women, "anna", first}).ok);
    CHECK(d.desk.follow_up());
    CHECK(*d.desk.session() != first);
}

TEST_CASE("Host: a failing store reports a message and the desk keeps its session") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const auto session = d.desk.session();
    d.records.fail_next = true;
    const auto failed = d.desk.start_session({"2026-05-21", "", HostGroup::Mixed, "anna", {}});
    CHECK_FALSE(failed.ok);
    CHECK(failed.message != nullptr);
    CHECK(d.desk.session() == session);
}

TEST_CASE("Host: register arrivals, and a bad birth year, unknown language and no session are refused") {
    Desk d;
    Arrival a;
    CHECK_FALSE(d.desk.register_arrival({}, 2026, a).ok);  // no session yet
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    ArrivalForm form;
    form.name = "Fatma";
    form.birth_year = 1961;
    form.sex = Sex::Female;
    form.language = "tr";
    const Arrival fatma = d.arrive(form);
    CHECK(is_valid_card_code(fatma.card_code));
    form.birth_year = 2024;
    CHECK_FALSE(d.desk.register_arrival(form, 2026, a).ok);
    form.birth_year = 1961;
    form.language = "xx";
    CHECK_FALSE(d.desk.register_arrival(form, 2026, a).ok);
    form.language = "nl";
    form.name = std::string(61, 'a');
    CHECK_FALSE(d.desk.register_arrival(form, 2026, a).ok);
    CHECK(d.records.people.size() == 1);
    REQUIRE(d.desk.refresh(2026).ok);
    REQUIRE(d.desk.board().rows.size() == 1);
    CHECK(d.desk.board().rows[0].visit.name == std::optional<std::string>("Fatma"));
    CHECK(d.desk.board().rows[0].stations.size() == d.circuit.stations.size());
}

TEST_CASE("Host: in a follow-up session a scanned card links the new visit to the earlier one") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const auto first = *d.desk.session();
    const Arrival then = d.arrive();
    REQUIRE(d.desk.start_session({"2026-11-20", "", HostGroup::Mixed, "anna", first}).ok);
    Arrival now;
    CHECK_FALSE(d.desk.arrive_by_card("not a code", now).ok);
    std::string typed = format_card_code(then.card_code);
    std::transform(typed.begin(), typed.end(), typed.begin(), [](char c) { return static_cast<char>(std::tolower(c)); });
    REQUIRE(d.desk.arrive_by_card(typed, now).ok);
    CHECK(now.participant == then.participant);
    CHECK(now.visit != then.visit);
    CHECK(now.earlier_visit == std::optional<std::int64_t>(then.visit));
}

TEST_CASE("Host: a correction keeps the old value, an implausible one is refused") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival a = d.arrive();
    d.records.visit(a.visit)->values[Measure::Weight] = 48.0;
    REQUIRE(d.desk.refresh(2026).ok);
    CHECK_FALSE(d.desk.correct(a.visit, Measure::Weight, 3.0, "typo").ok);
    CHECK_FALSE(d.desk.correct(a.visit + 100, Measure::Weight, 84.0, "typo").ok);
    REQUIRE(d.desk.correct(a.visit, Measure::Weight, 84.0, "typo").ok);
    std::vector<CorrectionRecord> history;
    REQUIRE(d.records.corrections_of(a.visit, history).ok);
    REQUIRE(history.size() == 1);
    CHECK(history[0].old_value == std::optional<double>(48.0));
    CHECK(history[0].new_value == 84.0);
    CHECK(history[0].by == "host");
    // A missing value can be added; the history says there was none.
    REQUIRE(d.desk.correct(a.visit, Measure::Waist, 98.0, "missed").ok);
    REQUIRE(d.records.corrections_of(a.visit, history).ok);
    CHECK_FALSE(history.back().old_value.has_value());
    // A failing store: nothing changes in the history.
    d.records.fail_next = true;
    CHECK_FALSE(d.desk.correct(a.visit, Measure::Weight, 85.0, "typo").ok);
    REQUIRE(d.records.corrections_of(a.visit, history).ok);
    CHECK(history.size() == 2);
}

TEST_CASE("Host: merging a duplicate registration keeps one participant with both sets of values") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival keep = d.arrive();
    const Arrival duplicate = d.arrive();
    d.records.visit(keep.visit)->values[Measure::Systolic] = 130;
    d.records.visit(duplicate.visit)->values[Measure::Weight] = 80;
    CHECK_FALSE(d.desk.merge(keep.participant, keep.participant).ok);
    REQUIRE(d.desk.merge(duplicate.participant, keep.participant).ok);
    REQUIRE(d.desk.refresh(2026).ok);
    REQUIRE(d.desk.board().rows.size() == 1);
    const auto& values = d.desk.board().rows[0].visit.values;
    CHECK(values.at(Measure::Systolic) == 130);
    CHECK(values.at(Measure::Weight) == 80);
    CHECK(d.records.audit.back() == "merge");
}

TEST_CASE("Host: switch a participant's language") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival a = d.arrive();
    CHECK_FALSE(d.desk.switch_language(a.participant, "de").ok);
    REQUIRE(d.desk.switch_language(a.participant, "ar").ok);
    REQUIRE(d.desk.refresh(2026).ok);
    CHECK(d.desk.board().rows[0].visit.language == "ar");
}

TEST_CASE("Host: an urgent blood pressure raises one alert, on top, until it is acknowledged") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival calm = d.arrive();
    const Arrival high = d.arrive();
    d.records.visit(calm.visit)->values = {{Measure::Systolic, 128}, {Measure::Diastolic, 80}};
    d.records.visit(high.visit)->values = {{Measure::Systolic, 200}, {Measure::Diastolic, 120}};
    REQUIRE(d.desk.refresh(2026).ok);
    REQUIRE(d.desk.refresh(2026).ok);  // no second alert for the same value
    REQUIRE(d.records.alerts.size() == 1);
    const auto& board = d.desk.board();
    REQUIRE(board.open_alerts.size() == 1);
    CHECK(board.open_alerts[0].alert.key == "blood_pressure");
    CHECK(board.open_alerts[0].alert.display == "200/120");
    CHECK(board.open_alerts[0].card_code == high.card_code);
    CHECK(d.desk.needs_attention());
    REQUIRE(board.rows.size() == 2);
    CHECK(board.rows[0].visit.visit == high.visit);  // on top
    CHECK(board.rows[0].stations[0].state == StationState::Remeasure);
    CHECK(board.rows[1].stations[0].state == StationState::Done);
    CHECK(board.rows[1].stations[1].state == StationState::Missing);

    const auto alert = board.open_alerts[0].alert.id;
    d.records.fail_next = true;
    CHECK_FALSE(d.desk.acknowledge(alert).ok);
    CHECK(d.desk.needs_attention());
    REQUIRE(d.desk.acknowledge(alert).ok);
    CHECK_FALSE(d.desk.needs_attention());
    CHECK_FALSE(d.desk.acknowledge(alert).ok);  // already done
    REQUIRE(d.desk.refresh(2026).ok);
    CHECK(d.desk.board().open_alerts.empty());
    CHECK(d.desk.board().rows[0].visit.visit == calm.visit);  // back in arrival order
    CHECK(d.records.alerts[0].acknowledged_by == "host");
}

TEST_CASE("Board: an implausible value asks for a re-measurement, answered questions are done") {
    const Circuit circuit = shipped_circuit();
    BoardVisit v;
    v.visit = 1;
    v.values = {{Measure::Height, 172}, {Measure::Weight, 300}};
    const auto body = std::find_if(circuit.stations.begin(), circuit.stations.end(), [](const Station& s) { return s.id == "body"; });
    REQUIRE(body != circuit.stations.end());
    CHECK(station_state(*body, v, {}) == StationState::Remeasure);
    v.values[Measure::Weight] = 80;
    CHECK(station_state(*body, v, {}) == StationState::Done);
    const auto questions = std::find_if(circuit.stations.begin(), circuit.stations.end(),
                                        [](const Station& s) { return s.kind == StationKind::Questions; });
    REQUIRE(questions != circuit.stations.end());
    CHECK(station_state(*questions, v, {}) == StationState::Missing);
    for (const auto& q : questions->questions) v.answers[q.id] = q.options.front().id;
    CHECK(station_state(*questions, v, {}) == StationState::Done);
}

TEST_CASE("Board: a follow-up row shows then and now with their lights, a first visit none") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const auto first = *d.desk.session();
    ArrivalForm form;
    form.sex = Sex::Male;
    form.birth_year = 1961;
    const Arrival then = d.arrive(form);
    d.records.visit(then.visit)->values = {{Measure::Systolic, 150}, {Measure::Diastolic, 95}, {Measure::Waist, 98}};
    REQUIRE(d.desk.start_session({"2026-11-20", "", HostGroup::Mixed, "anna", first}).ok);
    Arrival now;
    REQUIRE(d.desk.arrive_by_card(then.card_code, now).ok);
    const Arrival newcomer = d.arrive(form);
    d.records.visit(now.visit)->values = {{Measure::Systolic, 128}, {Measure::Diastolic, 78}, {Measure::Glucose, 5.1}};
    d.records.visit(newcomer.visit)->values = {{Measure::Systolic, 128}, {Measure::Diastolic, 78}};
    REQUIRE(d.desk.refresh(2026).ok);
    const BoardRow* row = d.desk.board().find_participant(now.participant);
    REQUIRE(row);
    auto find = [&](const std::string& key) -> const ThenNow* {
        for (const auto& t : row->then_now) {
            if (t.key == key) return &t;
        }
        return nullptr;
    };
    const ThenNow* bp = find("blood_pressure");
    REQUIRE(bp);
    REQUIRE(bp->then);
    REQUIRE(bp->now);
    CHECK(bp->then->display == "150/95");
    CHECK(bp->then->colour != Light::Green);
    CHECK(bp->now->display == "128/78");
    CHECK(bp->now->colour == Light::Green);
    const ThenNow* waist = find("waist");  // measured then, not now
    REQUIRE(waist);
    CHECK(waist->then);
    CHECK_FALSE(waist->now);
    const ThenNow* glucose = find("glucose");  // new this time
    REQUIRE(glucose);
    CHECK_FALSE(glucose->then);
    CHECK(glucose->now);
    CHECK(row->then_now.front().key == "blood_pressure");  // today's lights first, in ruleset order
    const BoardRow* first_visit = d.desk.board().find_participant(newcomer.participant);
    REQUIRE(first_visit);
    CHECK(first_visit->then_now.empty());
}

TEST_CASE("Board: referrals, follow-up dates and the irregular-heartbeat note reach the row") {
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival a = d.arrive();
    const Arrival b = d.arrive();
    BoardVisit& stored = *d.records.visit(a.visit);
    stored.referrals = {{"walking_group", "Buurtsportcoach Noord", true}, {"money_desk", "Geldloket", false}};
    stored.follow_ups = {{"call_6_weeks", "2026-07-01"}, {"remeasure_6_months", "2026-11-20"}};
    stored.irregular_heartbeat = true;
    REQUIRE(d.desk.refresh(2026).ok);
    const BoardRow* row = d.desk.board().find_participant(a.participant);
    REQUIRE(row);
    REQUIRE(row->visit.referrals.size() == 2);
    CHECK(row->visit.referrals[0].who_calls == "Buurtsportcoach Noord");
    CHECK(row->visit.referrals[0].consent_to_call);
    CHECK_FALSE(row->visit.referrals[1].consent_to_call);
    REQUIRE(row->visit.follow_ups.size() == 2);
    CHECK(row->visit.follow_ups[1].due_date == "2026-11-20");
    CHECK(row->visit.irregular_heartbeat);
    CHECK_FALSE(row->open_alert);  // a note for the professional, not an urgent alert
    const BoardRow* other = d.desk.board().find_participant(b.participant);
    REQUIRE(other);
    CHECK_FALSE(other->visit.irregular_heartbeat);
    CHECK(other->visit.referrals.empty());
}

namespace {

struct KioskVisit final : VisitRecorder {
    Outcome begin_visit(const std::string&, const std::string&, const Consents&, ParticipantProfile&) override { return {}; }
    Outcome record_measurement(Measure, double) override { return {}; }
    Outcome record_answer(const std::string&, const std::string&) override { return {}; }
    Outcome request_sheet() override { return {}; }
    void end_visit() override {}
};

}  // namespace

TEST_CASE("Host: ends the blood-pressure rest of the participant at the kiosk, with an audit entry") {
    using namespace std::chrono_literals;
    Desk d;
    REQUIRE(d.desk.start_session({"2026-05-20", "", HostGroup::Mixed, "anna", {}}).ok);
    const Arrival a = d.arrive();
    REQUIRE(d.desk.refresh(2026).ok);
    ManualClock clock;
    KioskVisit recorder;
    ParticipantFlow flow(d.circuit, clock, recorder);
    CHECK_FALSE(d.desk.resting_participant(flow));  // nobody at the kiosk
    CHECK_FALSE(d.desk.skip_rest(flow).ok);
    flow.start("ar");
    flow.confirm_consents();
    REQUIRE(flow.enter_card(a.card_code).ok);
    while (flow.current_station().id != "blood_pressure") flow.next();
    REQUIRE(flow.blood_pressure());
    const BoardRow* resting = d.desk.resting_participant(flow);
    REQUIRE(resting);
    CHECK(resting->visit.visit == a.visit);
    // A failing store: the rest goes on and nothing is skipped without its audit entry.
    d.records.fail_next = true;
    CHECK_FALSE(d.desk.skip_rest(flow).ok);
    CHECK(flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Resting);
    REQUIRE(d.desk.skip_rest(flow).ok);
    CHECK(d.records.audit.back() == "skipped_rest " + std::to_string(a.visit));
    CHECK(flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Ready);
    CHECK(flow.screen() == FlowScreen::Station);
    CHECK_FALSE(d.desk.resting_participant(flow));  // the button goes away
    CHECK_FALSE(d.desk.skip_rest(flow).ok);
    clock.advance(1min);
    CHECK(flow.enter_bp_reading({130, 80, 70.0, false}).ok);
}
