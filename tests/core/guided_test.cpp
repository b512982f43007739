// Guided self-measurement (issue 12): the protocols on an injected clock, their parameters from
// the shipped circuit file, and how the flow uses them.
#include "core/flow/assessment_input.hpp"
#include "core/flow/guided.hpp"
#include "core/flow/participant_flow.hpp"
#include "core/rules/ruleset.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace gc;
using namespace std::chrono_literals;

namespace {

std::string read_file(const std::string& relative) {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/" + relative);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const Station& station(const Circuit& c, const std::string& id) {
    for (const auto& s : c.stations)
        if (s.id == id) return s;
    FAIL("no station " << id);
    throw std::logic_error("unreachable");
}

struct Recorder final : VisitRecorder {
    std::vector<std::pair<Measure, double>> stored;
    std::vector<MeasurementOrigin> origins;
    std::optional<double> previous_height;
    int irregular_notes = 0;
    Outcome record_irregular_heartbeat() override {
        ++irregular_notes;
        return Outcome::success();
    }
    Outcome begin_visit(const std::string&, const std::string&, const Consents&, ParticipantProfile& p) override {
        p.sex = Sex::Male;
        p.birth_year = 1966;
        p.previous_height = previous_height;
        return Outcome::success();
    }
    Outcome record_measurement(Measure m, double v) override {
        stored.emplace_back(m, v);
        return Outcome::success();
    }
    Outcome record_device_measurement(Measure m, double v, const MeasurementOrigin& o) override {
        origins.push_back(o);
        return record_measurement(m, v);
    }
    Outcome record_answer(const std::string&, const std::string&) override { return Outcome::success(); }
    Outcome request_sheet() override { return Outcome::success(); }
    void end_visit() override {}
};

struct At {
    Circuit circuit;
    ManualClock clock;
    Recorder recorder;
    ParticipantFlow flow{circuit, clock, recorder, FlowTimeouts{90s, 20s, 15s}};
    explicit At(const std::string& station_id, std::optional<double> previous_height = std::nullopt,
                const std::string& circuit_text = read_file("assets/stations/circuit.toml"))
        : circuit(parse_circuit(circuit_text, "circuit.toml")) {
        recorder.previous_height = previous_height;
        flow.start("nl");
        flow.confirm_consents();
        REQUIRE(flow.enter_card("AAAA-1").ok);
        while (flow.current_station().id != station_id) flow.next();
    }
};

}  // namespace

TEST_CASE("the shipped circuit carries the protocol parameters of clinical.md", "[guided]") {
    const Circuit c = parse_circuit(read_file("assets/stations/circuit.toml"), "circuit.toml");
    const auto& bp = station(c, "blood_pressure").protocol;
    REQUIRE(bp.kind == ProtocolKind::BloodPressure);
    CHECK(bp.blood_pressure.rest == 5min);
    CHECK(bp.blood_pressure.between == 1min);
    CHECK(bp.blood_pressure.readings == 3);
    CHECK(bp.blood_pressure.averaged == 2);
    CHECK(station(c, "waist").protocol.kind == ProtocolKind::Waist);
    CHECK(station(c, "waist").protocol.repeat.tolerance == 1.0);
    CHECK(station(c, "glucose").protocol.glucose.fasting_hours == 8);
    CHECK(station(c, "body").protocol.kind == ProtocolKind::Weight);
    CHECK(station(c, "blood_pressure").devices == std::vector<std::string>{"omron"});
}

TEST_CASE("a broken protocol table names the file, line and problem", "[guided]") {
    const std::string base = R"([[station]]
id = "bp"
kind = "measure"
pictogram = "blood_pressure"
title = "t"
instruction = "i"
  [station.protocol]
  kind = "blood_pressure"
  readings = 2
  averaged = 3
  [[station.entry]]
  measure = "systolic"
  label = "l"
  min = 60
  max = 260
)";
    REQUIRE_THROWS_WITH(parse_circuit(base, "c.toml"), Catch::Contains("c.toml:7") && Catch::Contains("'averaged'"));
    std::string unknown = base;
    unknown.replace(unknown.find("blood_pressure\"\n  readings"), 14, "sauna");
    REQUIRE_THROWS_WITH(parse_circuit(unknown, "c.toml"), Catch::Contains("unknown protocol kind 'sauna'"));
}

TEST_CASE("blood pressure: rest cannot be skipped by the participant, only by the host", "[guided]") {
    ManualClock clock;
    BloodPressureGuide guide({}, clock);
    CHECK(guide.phase() == BloodPressureGuide::Phase::Resting);
    CHECK(guide.rest_left() == 5min);
    CHECK(guide.add({130, 80, 70.0, false}) == BloodPressureGuide::Added::TooEarly);
    clock.advance(4min + 59s);
    CHECK(guide.add({130, 80, 70.0, false}) == BloodPressureGuide::Added::TooEarly);
    CHECK(guide.readings_taken() == 0);
    clock.advance(1s);
    CHECK(guide.phase() == BloodPressureGuide::Phase::Ready);

    BloodPressureGuide hosted({}, clock);
    hosted.host_skip_rest();
    CHECK(hosted.phase() == BloodPressureGuide::Phase::Ready);
    CHECK(hosted.add({130, 80, 70.0, false}) == BloodPressureGuide::Added::Accepted);
}

TEST_CASE("blood pressure: three readings a minute apart, the mean of the last two", "[guided]") {
    ManualClock clock;
    BloodPressureGuide guide({}, clock);
    clock.advance(5min);
    REQUIRE(guide.add({150, 95, 80.0, false}) == BloodPressureGuide::Added::Accepted);
    CHECK(guide.phase() == BloodPressureGuide::Phase::Waiting);
    CHECK(guide.add({140, 90, 78.0, false}) == BloodPressureGuide::Added::TooEarly);
    clock.advance(1min);
    REQUIRE(guide.add({141, 88, 76.0, false}) == BloodPressureGuide::Added::Accepted);
    CHECK_FALSE(guide.result());
    clock.advance(1min);
    REQUIRE(guide.add({138, 85, 73.0, true}) == BloodPressureGuide::Added::Accepted);
    auto r = guide.result();
    REQUIRE(r);
    CHECK(r->systolic == 140);   // (141 + 138) / 2 = 139.5 → 140 as shown
    CHECK(r->diastolic == 87);   // (88 + 85) / 2 = 86.5 → 87
    CHECK(r->pulse == 75);       // (76 + 73) / 2 = 74.5 → 75 (half away from zero)
    CHECK(guide.irregular());
    CHECK(guide.phase() == BloodPressureGuide::Phase::Done);
    CHECK(guide.add({120, 80, 70.0, false}) == BloodPressureGuide::Added::AlreadyDone);
}

TEST_CASE("blood pressure: readings far apart ask for one more, at most max_readings", "[guided]") {
    ManualClock clock;
    BloodPressureGuide guide({}, clock);
    guide.host_skip_rest();
    for (double s : {150.0, 148.0, 132.0}) {
        REQUIRE(guide.add({s, 85, std::nullopt, false}) == BloodPressureGuide::Added::Accepted);
        clock.advance(1min);
    }
    CHECK(guide.readings_planned() == 4);  // 148 and 132 differ by 16 mmHg
    CHECK_FALSE(guide.result());
    REQUIRE(guide.add({130, 84, std::nullopt, false}) == BloodPressureGuide::Added::Accepted);
    REQUIRE(guide.result());
    CHECK(guide.result()->systolic == 131);
    CHECK_FALSE(guide.result()->pulse);

    BloodPressureGuide wild({}, clock);
    wild.host_skip_rest();
    for (double s : {150.0, 120.0, 150.0, 120.0}) {
        clock.advance(1min);
        REQUIRE(wild.add({s, 80, std::nullopt, false}) == BloodPressureGuide::Added::Accepted);
    }
    CHECK(wild.result());  // the fourth is the last, even when they still differ
}

TEST_CASE("waist: two entries, a third only when more than 1 cm apart, the mean of the closest two", "[guided]") {
    RepeatedEntry close({});
    close.add(92.0);
    CHECK(close.needs_another());
    close.add(93.0);
    REQUIRE(close.done());
    CHECK(close.result() == Approx(92.5));

    RepeatedEntry apart({});
    apart.add(92.0);
    apart.add(95.5);
    CHECK(apart.needs_another());
    apart.add(95.0);
    REQUIRE(apart.done());
    CHECK(apart.result() == Approx(95.25));
    apart.add(80.0);
    CHECK(apart.values().size() == 3);
}

TEST_CASE("glucose: the meal answer decides fasting and so the glucose rule", "[guided]") {
    At at("glucose");
    const Ruleset rules = Ruleset::parse(read_file("assets/rules/nl-groepsconsult-2026.toml"), "rules.toml");
    const std::size_t glucose_entry = 0;
    REQUIRE(at.flow.enter_value(glucose_entry, 6.5).ok);
    auto colour = [&] { return assess(rules, assessment_input(at.flow.visit(), 2026)).light("glucose")->colour; };
    CHECK(colour() == Light::Green);  // unknown: non-fasting rule, 6.5 < 7.8
    REQUIRE(at.flow.answer("last_meal", "from_8h").ok);
    CHECK(at.flow.visit().fasting == true);
    CHECK(colour() == Light::Orange);  // fasting 6.1–6.9
    REQUIRE(at.flow.answer("last_meal", "from_2h").ok);
    CHECK(at.flow.visit().fasting == false);
    CHECK(colour() == Light::Green);
    REQUIRE(at.flow.answer("last_meal", "unknown").ok);
    CHECK_FALSE(at.flow.visit().fasting);
    CHECK(at.flow.station_complete());
}

TEST_CASE("flow: blood pressure stores only the mean, with the device's details", "[guided][flow]") {
    At at("blood_pressure");
    REQUIRE(at.flow.blood_pressure());
    // Resting five minutes is activity: no "are you still there?" meanwhile.
    at.clock.advance(4min);
    at.flow.tick();
    CHECK_FALSE(at.flow.warning_visible());
    CHECK(at.flow.screen() == FlowScreen::Station);
    CHECK_FALSE(at.flow.enter_bp_reading({130, 80, 70.0, false}).ok);
    CHECK_FALSE(at.flow.enter_value(0, 130).ok);  // not around the protocol either
    at.clock.advance(1min);
    const MeasurementOrigin omron{"HEM-7322U", "SN1", {0x01, 0x02}};
    const std::vector<std::pair<Measure, double>> r1{{Measure::Systolic, 144}, {Measure::Diastolic, 90}, {Measure::Pulse, 70}};
    REQUIRE(at.flow.enter_device_values(r1, false, omron).ok);
    at.clock.advance(1min);
    REQUIRE(at.flow.enter_bp_reading({136, 86, 68.0, false}).ok);
    at.clock.advance(1min);
    CHECK(at.recorder.stored.empty());
    REQUIRE(at.flow.enter_device_values({{Measure::Systolic, 134}, {Measure::Diastolic, 84}, {Measure::Pulse, 66}}, true, omron).ok);
    CHECK(at.flow.visit().values.at(Measure::Systolic) == 135);
    CHECK(at.flow.visit().values.at(Measure::Diastolic) == 85);
    CHECK(at.flow.visit().values.at(Measure::Pulse) == 67);
    CHECK(at.flow.visit().irregular_heartbeat);
    CHECK(at.recorder.irregular_notes == 1);  // the device's flag goes to the store for the host
    CHECK(at.recorder.stored.size() == 3);
    REQUIRE(at.recorder.origins.size() == 3);
    CHECK(at.recorder.origins[0].model == "HEM-7322U");
    CHECK(at.flow.station_complete());
}

TEST_CASE("flow: once the rest is over, a participant who left is wiped as anywhere", "[guided][flow]") {
    At at("blood_pressure");
    at.clock.advance(5min + 95s);
    at.flow.tick();
    CHECK(at.flow.screen() == FlowScreen::Station);  // warned at 90 s idle, 20 s to answer
    CHECK(at.flow.warning_visible());
    at.clock.advance(20s);
    at.flow.tick();
    CHECK(at.flow.screen() == FlowScreen::Attract);
    CHECK_FALSE(at.flow.blood_pressure());
}

TEST_CASE("flow: a device problem shows until a value is stored or the station changes", "[guided][flow]") {
    At at("body");
    at.flow.report_device_problem("Meet opnieuw.");
    CHECK(at.flow.device_problem() != nullptr);
    // The scale weighs 81 kg in clothes; 1 kg tare is taken off.
    const MeasurementOrigin tanita{"SC-330", "", {0x7b}};
    REQUIRE(at.flow.enter_device_values({{Measure::Weight, 81.0}, {Measure::Bmi, 25.0}}, false, tanita).ok);
    CHECK(at.flow.visit().values.at(Measure::Weight) == 80.0);
    CHECK(at.flow.visit().values.count(Measure::Bmi) == 0);  // not an entry of this station
    CHECK(at.flow.device_problem() == nullptr);
    // A glucose reading is refused here: it belongs to another station.
    CHECK_FALSE(at.flow.enter_device_values({{Measure::Glucose, 5.0}}, false, tanita).ok);
    at.flow.report_device_problem("Meet opnieuw.");
    at.flow.next();
    CHECK(at.flow.device_problem() == nullptr);
}

TEST_CASE("flow: waist stores the mean once the entries agree", "[guided][flow]") {
    At at("waist");
    REQUIRE(at.flow.enter_value(0, 90.0).ok);
    CHECK(at.recorder.stored.empty());
    REQUIRE(at.flow.repeated());
    REQUIRE(at.flow.enter_value(0, 94.0).ok);
    CHECK(at.recorder.stored.empty());
    CHECK_FALSE(at.flow.enter_value(0, 400.0).ok);  // outside what can be typed: not counted
    REQUIRE(at.flow.enter_value(0, 93.5).ok);
    REQUIRE(at.recorder.stored.size() == 1);
    CHECK(at.recorder.stored[0].second == Approx(93.75));
    CHECK(at.flow.station_complete());
}

TEST_CASE("weight: the length of an earlier visit is confirmed instead of measured again", "[guided][flow]") {
    At at("body", 172.0);
    REQUIRE(at.flow.height_to_confirm() == 172.0);
    REQUIRE(at.flow.confirm_previous_height().ok);
    CHECK(at.flow.visit().values.at(Measure::Height) == 172.0);
    CHECK_FALSE(at.flow.height_to_confirm());  // asked once
    CHECK_FALSE(at.flow.confirm_previous_height().ok);

    At first_visit("body");
    CHECK_FALSE(first_visit.flow.height_to_confirm());
    At elsewhere("waist", 172.0);
    CHECK_FALSE(elsewhere.flow.height_to_confirm());
}

TEST_CASE("weight: a scale in PC mode gets sex, age and height once all are known", "[guided][flow]") {
    At shipped("body", 172.0);
    REQUIRE(shipped.flow.confirm_previous_height().ok);
    CHECK_FALSE(shipped.flow.scale_personal_data(2026));  // the shipped circuit: push mode

    std::string text = read_file("assets/stations/circuit.toml");
    const std::string push = "scale_pc_mode = false";
    REQUIRE(text.find(push) != std::string::npos);
    text.replace(text.find(push), push.size(), "scale_pc_mode = true");
    At at("body", std::nullopt, text);
    CHECK_FALSE(at.flow.scale_personal_data(2026));  // length not known yet
    REQUIRE(at.flow.enter_value(0, 181).ok);
    auto data = at.flow.scale_personal_data(2026);
    REQUIRE(data);
    CHECK(data->sex == Sex::Male);
    CHECK(data->age == 60);
    CHECK(data->height_cm == 181);
}

TEST_CASE("flow: the host ends the rest early, and the participant's own readings then count", "[guided][flow]") {
    At at("blood_pressure");
    CHECK(at.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Resting);
    CHECK_FALSE(at.flow.enter_bp_reading({150, 95, 70.0, true}).ok);  // too early: nothing noted
    CHECK(at.recorder.irregular_notes == 0);
    at.flow.host_skip_rest();
    CHECK(at.flow.blood_pressure()->phase() == BloodPressureGuide::Phase::Ready);
    REQUIRE(at.flow.enter_bp_reading({150, 95, 70.0, true}).ok);
    at.clock.advance(1min);
    REQUIRE(at.flow.enter_bp_reading({148, 94, 70.0, true}).ok);
    CHECK(at.recorder.irregular_notes == 1);  // noted once per visit
    CHECK(at.flow.blood_pressure()->readings_taken() == 2);
}
