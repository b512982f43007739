#include "core/flow/keypad_buffer.hpp"
#include "core/flow/participant_flow.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

using namespace gc;
using namespace std::chrono_literals;

namespace {

std::string shipped_circuit_text() {
    std::ifstream in(std::string(GC_TEST_SOURCE_DIR) + "/assets/stations/circuit.toml");
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Records what the flow asks to store, like the store would, and can be told to fail.
struct RecordingDouble final : VisitRecorder {
    std::set<std::string> known_cards{"AAAA-1", "BBBB-2"};
    std::string open_card;
    std::vector<std::pair<std::string, double>> measurements;  // card, value
    std::vector<std::string> answers;
    int sheets = 0;
    int ended = 0;
    bool fail_next_measurement = false;

    Outcome begin_visit(const std::string& card, const std::string&, const Consents&, ParticipantProfile& profile) override {
        profile.sex = Sex::Female;
        profile.birth_year = 1970;
        if (!known_cards.count(card)) return Outcome::failure("Onbekende kaart.", "unknown card");
        open_card = card;
        return Outcome::success();
    }
    Outcome record_measurement(Measure, double value) override {
        if (fail_next_measurement) {
            fail_next_measurement = false;
            return Outcome::failure("Opslaan lukt niet.", "disk full");
        }
        measurements.emplace_back(open_card, value);
        return Outcome::success();
    }
    Outcome record_answer(const std::string& q, const std::string& o) override {
        answers.push_back(open_card + ":" + q + "=" + o);
        return Outcome::success();
    }
    Outcome request_sheet() override {
        ++sheets;
        return Outcome::success();
    }
    void end_visit() override {
        open_card.clear();
        ++ended;
    }
    std::vector<std::string> talks;
    std::vector<std::map<std::string, std::string>> experiences;
    bool fail_talk = false;
    Outcome record_talk(const std::string& goal, const std::vector<ReferralChoice>& referrals) override {
        if (fail_talk) return Outcome::failure("Opslaan lukt niet.", "disk full");
        std::string text = open_card + ":" + goal;
        for (const auto& r : referrals) text += ":" + r.offer + (r.consent_to_call ? "+" + r.phone : "");
        talks.push_back(text);
        return Outcome::success();
    }
    Outcome record_experience(const std::map<std::string, std::string>& given) override {
        experiences.push_back(given);
        return Outcome::success();
    }
};

struct Fixture {
    Circuit circuit = parse_circuit(shipped_circuit_text(), "circuit.toml");
    ManualClock clock;
    RecordingDouble recorder;
    FlowTimeouts timeouts{60s, 20s, 15s};
    ParticipantFlow flow{circuit, clock, recorder, timeouts};

    void to_first_station(const std::string& card = "AAAA-1") {
        flow.start("tr");
        flow.set_consents({true, false, true});
        flow.confirm_consents();
        REQUIRE(flow.enter_card(card).ok);
    }

    // Fills every entry of the current station with its lowest allowed value + 1 and answers
    // every question with its first option.
    void complete_station() {
        const Station& s = flow.current_station();
        if (flow.blood_pressure()) {
            flow.host_skip_rest();
            while (flow.blood_pressure() && !flow.blood_pressure()->result()) {
                clock.advance(flow.blood_pressure()->wait_left());
                REQUIRE(flow.enter_bp_reading({121, 71, 61.0, false}).ok);
            }
        }
        for (std::size_t i = 0; i < s.entries.size(); ++i) {
            if (flow.visit().values.count(s.entries[i].measure)) continue;
            REQUIRE(flow.enter_value(i, s.entries[i].min + 1).ok);
            if (flow.repeated()) REQUIRE(flow.enter_value(i, s.entries[i].min + 1).ok);
        }
        for (const auto& q : s.questions) REQUIRE(flow.answer(q.id, q.options.front().id).ok);
    }
};

}  // namespace

TEST_CASE("the shipped circuit lists the stations of a groepsconsult in order", "[flow]") {
    Circuit c = parse_circuit(shipped_circuit_text(), "circuit.toml");
    std::vector<std::string> ids;
    for (const auto& s : c.stations) ids.push_back(s.id);
    CHECK(ids == std::vector<std::string>{"blood_pressure", "body", "waist", "glucose", "cholesterol", "questions"});
    CHECK(c.stations[0].entries[0].measure == Measure::Systolic);
    CHECK(c.stations[5].kind == StationKind::Questions);
}

TEST_CASE("a broken circuit file is refused with the file and line", "[flow]") {
    const std::string unknown_measure = "[[station]]\nid='x'\nkind='measure'\npictogram='p'\ntitle='t'\n"
                                        "instruction='i'\n[[station.entry]]\nmeasure='bloodsugar'\nlabel='l'\nmin=1\nmax=2\n";
    REQUIRE_THROWS_WITH(parse_circuit(unknown_measure, "c.toml"), Catch::Contains("c.toml:7") &&
                                                                       Catch::Contains("unknown measure 'bloodsugar'"));
    REQUIRE_THROWS_WITH(parse_circuit("[[station]]\nid='x'\n", "c.toml"), Catch::Contains("missing text 'kind'"));
    REQUIRE_THROWS_WITH(parse_circuit("station = [", "c.toml"), Catch::Contains("c.toml:1"));
    REQUIRE_THROWS_WITH(parse_circuit("", "c.toml"), Catch::Contains("no [[station]]"));
    const std::string question = "[[station]]\nid='q'\nkind='questions'\npictogram='p'\ntitle='t'\ninstruction='i'\n"
                                 "[[station.question]]\nid='a'\ntext='A?'\noptions = ";
    for (const char* options : {"[['yes', 'Ja', 'check', 'more']]", "[['yes', 'Ja', 3]]", "[['yes']]"}) {
        INFO(options);
        REQUIRE_THROWS_WITH(parse_circuit(question + options + "\n", "c.toml"),
                            Catch::Contains("c.toml:10") && Catch::Contains("an option is"));
    }
    CHECK(parse_circuit(question + "[['yes', 'Ja', 'check'], ['no', 'Nee']]\n", "c.toml")
              .stations[0].questions[0].options[1].pictogram.empty());
}

TEST_CASE("every transition of the participant flow", "[flow]") {
    Fixture f;
    auto& flow = f.flow;
    REQUIRE(flow.screen() == FlowScreen::Attract);

    flow.start("ar");
    CHECK(flow.screen() == FlowScreen::Consent);
    CHECK(flow.language() == "ar");

    flow.back();  // consent → attract, wiped
    CHECK(flow.screen() == FlowScreen::Attract);
    CHECK(flow.language() == "nl");

    flow.start("pl");
    flow.set_consents({true, true, false});
    flow.confirm_consents();
    CHECK(flow.screen() == FlowScreen::Card);
    flow.back();
    CHECK(flow.screen() == FlowScreen::Consent);
    CHECK(flow.visit().consents.municipality);  // going back keeps what was chosen
    flow.confirm_consents();

    Outcome unknown = flow.enter_card("ZZZZ-9");
    CHECK_FALSE(unknown.ok);
    CHECK(flow.screen() == FlowScreen::Card);
    REQUIRE(flow.enter_card("BBBB-2").ok);
    CHECK(flow.screen() == FlowScreen::Station);
    CHECK(flow.station_index() == 0);

    CHECK_FALSE(flow.station_complete());
    CHECK_FALSE(flow.enter_value(0, 400).ok);  // outside what can be typed for systolic
    CHECK(flow.visit().values.empty());
    f.complete_station();
    CHECK(flow.station_complete());
    flow.next();
    CHECK(flow.station_index() == 1);
    flow.back();
    CHECK(flow.station_index() == 0);
    CHECK(flow.visit().values.count(Measure::Systolic) == 1);  // back keeps values

    for (std::size_t i = 0; i < f.circuit.stations.size(); ++i) flow.next();  // skipping is allowed
    CHECK(flow.screen() == FlowScreen::Summary);
    flow.back();
    CHECK(flow.screen() == FlowScreen::Station);
    CHECK(flow.station_index() == f.circuit.stations.size() - 1);
    flow.next();

    REQUIRE(flow.print_sheet().ok);
    CHECK(flow.screen() == FlowScreen::Goodbye);
    CHECK(f.recorder.sheets == 1);
    flow.finish();
    CHECK(flow.screen() == FlowScreen::Attract);
    CHECK(flow.visit().card_code.empty());
    CHECK(flow.visit().values.empty());
}

TEST_CASE("a value is kept only when the recorder confirmed it was stored", "[flow]") {
    Fixture f;
    f.to_first_station();
    f.flow.next();  // length and weight: typed values
    f.recorder.fail_next_measurement = true;
    Outcome failed = f.flow.enter_value(0, 170);
    CHECK_FALSE(failed.ok);
    CHECK(failed.message != nullptr);
    CHECK(f.flow.visit().values.count(Measure::Height) == 0);
    CHECK(f.flow.enter_value(0, 170).ok);
    CHECK(f.flow.visit().values.at(Measure::Height) == 170);
}

TEST_CASE("inactivity warns, then wipes the participant and returns to the start", "[flow][timeout]") {
    Fixture f;
    f.to_first_station();
    f.flow.next();
    REQUIRE(f.flow.enter_value(0, 170).ok);

    f.clock.advance(59s);
    f.flow.tick();
    CHECK_FALSE(f.flow.warning_visible());
    f.clock.advance(1s);
    f.flow.tick();
    CHECK(f.flow.warning_visible());
    CHECK(f.flow.warning_left() == 20s);

    f.flow.touch();  // "Ja, ik ben er nog"
    CHECK_FALSE(f.flow.warning_visible());
    CHECK(f.flow.visit().values.count(Measure::Height) == 1);

    f.clock.advance(60s + 19s);
    f.flow.tick();
    CHECK(f.flow.screen() == FlowScreen::Station);
    CHECK(f.flow.warning_left() == 1s);
    f.clock.advance(1s);
    f.flow.tick();
    CHECK(f.flow.screen() == FlowScreen::Attract);
    CHECK(f.flow.visit().values.empty());
    CHECK(f.flow.visit().card_code.empty());
    CHECK(f.flow.language() == "nl");
    CHECK(f.recorder.open_card.empty());
}

TEST_CASE("every screen but the attract screen times out", "[flow][timeout]") {
    for (FlowScreen target : {FlowScreen::Consent, FlowScreen::Card, FlowScreen::Station, FlowScreen::Summary,
                              FlowScreen::Goodbye}) {
        Fixture f;
        f.flow.start("en");
        if (target != FlowScreen::Consent) f.flow.confirm_consents();
        if (target == FlowScreen::Station || target == FlowScreen::Summary || target == FlowScreen::Goodbye) {
            REQUIRE(f.flow.enter_card("AAAA-1").ok);
            f.flow.next();  // past the blood-pressure rest, which counts as activity (guided_test)
        }
        if (target == FlowScreen::Summary || target == FlowScreen::Goodbye) {
            for (std::size_t i = 0; i < f.circuit.stations.size(); ++i) f.flow.next();
        }
        if (target == FlowScreen::Goodbye) f.flow.print_sheet();
        REQUIRE(f.flow.screen() == target);
        f.clock.advance(80s);
        f.flow.tick();
        CHECK(f.flow.screen() == FlowScreen::Attract);
    }
    Fixture idle;
    idle.clock.advance(std::chrono::hours(5));
    idle.flow.tick();
    CHECK(idle.flow.screen() == FlowScreen::Attract);
    CHECK(idle.flow.next_deadline_in() == Millis::max());
}

TEST_CASE("the goodbye screen returns to the start after its own short time", "[flow][timeout]") {
    Fixture f;
    f.to_first_station();
    for (std::size_t i = 0; i < f.circuit.stations.size(); ++i) f.flow.next();
    f.flow.print_sheet();
    CHECK(f.flow.next_deadline_in() == 15s);
    f.clock.advance(15s);
    f.flow.tick();
    CHECK(f.flow.screen() == FlowScreen::Attract);
}

TEST_CASE("fifteen participants in a row never see each other's data", "[flow]") {
    Fixture f;
    for (int p = 0; p < 15; ++p) {
        const std::string card = "CARD-" + std::to_string(p);
        f.recorder.known_cards.insert(card);
        REQUIRE(f.flow.screen() == FlowScreen::Attract);
        REQUIRE(f.flow.visit().values.empty());
        REQUIRE(f.flow.visit().answers.empty());
        f.to_first_station(card);
        for (std::size_t s = 0; s < f.circuit.stations.size(); ++s) {
            f.complete_station();
            f.clock.advance(30s);
            f.flow.tick();
            f.flow.next();
        }
        REQUIRE(f.flow.screen() == FlowScreen::Summary);
        REQUIRE(f.flow.print_sheet().ok);
        if (p % 2 == 0) {
            f.flow.finish();
        } else {
            f.clock.advance(16s);
            f.flow.tick();
        }
    }
    CHECK(f.recorder.sheets == 15);
    std::set<std::string> cards;
    for (const auto& m : f.recorder.measurements) cards.insert(m.first);
    CHECK(cards.size() == 15);
    CHECK(f.recorder.measurements.size() == 15 * 10);  // 10 entries in the shipped circuit
}

TEST_CASE("the keypad buffer accepts what a measurement can be", "[keypad]") {
    KeypadBuffer k(1, 4);
    CHECK_FALSE(k.value().has_value());
    k.press_digit(0);
    k.press_digit(7);
    CHECK(k.text() == "7");
    k.press_decimal();
    CHECK_FALSE(k.value().has_value());
    k.press_digit(5);
    k.press_digit(9);  // only one decimal
    CHECK(k.text() == "7.5");
    CHECK(k.value() == Approx(7.5));
    k.press_decimal();
    CHECK(k.text() == "7.5");
    k.backspace();
    k.backspace();
    CHECK(k.text() == "7");
    for (int i = 0; i < 6; ++i) k.press_digit(1);
    CHECK(k.text() == "7111");
    KeypadBuffer whole(0);
    whole.press_decimal();
    CHECK(whole.empty());
    whole.press_decimal();
    whole.press_digit(1);
    whole.press_digit(2);
    CHECK(whole.value() == Approx(12));
    KeypadBuffer k2;
    k2.press_decimal();
    CHECK(k2.text() == "0.");
}

TEST_CASE("the talk from the summary stores goal and offers, then returns to the summary", "[flow][talk]") {
    Fixture f;
    f.to_first_station();
    f.flow.open_talk();
    CHECK(f.flow.screen() == FlowScreen::Station);  // only from the summary
    for (std::size_t i = 0; i < f.circuit.stations.size(); ++i) f.flow.next();
    REQUIRE(f.flow.screen() == FlowScreen::Summary);
    f.flow.open_talk();
    REQUIRE(f.flow.screen() == FlowScreen::Talk);
    f.flow.back();
    CHECK(f.flow.screen() == FlowScreen::Summary);
    f.flow.open_talk();

    // A phone number too short to call is refused before anything is stored.
    Outcome short_phone = f.flow.save_talk("movement", {{"walking_group", "Sanne", true, "0612"}});
    CHECK_FALSE(short_phone.ok);
    CHECK(f.recorder.talks.empty());
    CHECK(f.flow.screen() == FlowScreen::Talk);

    f.recorder.fail_talk = true;
    CHECK_FALSE(f.flow.save_talk("movement", {}).ok);
    CHECK(f.flow.visit().goal.empty());
    CHECK(f.flow.screen() == FlowScreen::Talk);
    f.recorder.fail_talk = false;

    REQUIRE(f.flow.save_talk("movement", {{"walking_group", "Sanne", true, "0612345678"}, {"money_desk", "Loket", false, ""}}).ok);
    CHECK(f.flow.screen() == FlowScreen::Summary);
    REQUIRE(f.recorder.talks.size() == 1);
    CHECK(f.recorder.talks[0] == "AAAA-1:movement:walking_group+0612345678:money_desk");
    CHECK(f.flow.visit().goal == "movement");
    CHECK(f.flow.visit().referrals.size() == 2);
}

TEST_CASE("the experience questions come after goodbye and end the visit", "[flow][experience]") {
    Fixture f;
    f.to_first_station();
    for (std::size_t i = 0; i < f.circuit.stations.size(); ++i) f.flow.next();
    f.flow.open_experience();
    CHECK(f.flow.screen() == FlowScreen::Summary);  // only from the goodbye screen
    f.flow.print_sheet();
    f.flow.open_experience();
    REQUIRE(f.flow.screen() == FlowScreen::Experience);
    // The goodbye screen's short time does not apply: the normal countdown does.
    f.clock.advance(30s);
    f.flow.tick();
    CHECK(f.flow.screen() == FlowScreen::Experience);
    REQUIRE(f.flow.save_experience({{"clear", "good"}, {"welcome", "neutral"}}).ok);
    CHECK(f.flow.screen() == FlowScreen::Attract);
    CHECK(f.flow.visit().card_code.empty());
    REQUIRE(f.recorder.experiences.size() == 1);
    CHECK(f.recorder.experiences[0].at("welcome") == "neutral");
    CHECK_FALSE(f.flow.save_experience({{"clear", "bad"}}).ok);  // not on the experience screen
}

TEST_CASE("a phone number keeps its leading zero on the keypad", "[flow][keypad]") {
    KeypadBuffer phone(0, 12);
    phone.keep_leading_zeros();
    for (int d : {0, 6, 1, 2}) phone.press_digit(d);
    CHECK(phone.text() == "0612");
    KeypadBuffer value(0, 5);
    for (int d : {0, 7}) value.press_digit(d);
    CHECK(value.text() == "7");
}
