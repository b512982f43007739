// The sheet built from the store (report/sheet_from_store.hpp) as the kiosk, a reprint and the
// CLI print it: a follow-up visit of one participant with every part of the sheet filled in.
#include "core/rules/ruleset.hpp"
#include "i18n/i18n.hpp"
#include "report/clinical_codes.hpp"
#include "report/qr.hpp"
#include "report/sheet_from_store.hpp"
#include "runtime/paths.hpp"
#include "store/store.hpp"

#include "pdf_tools.hpp"

#include <catch2/catch.hpp>

#include <ctime>
#include <filesystem>

namespace fs = std::filesystem;
using namespace gc;
using namespace gc::store;

namespace {

template <class T>
T require_ok(Result<T>&& r) {
    INFO((r.ok() ? std::string() : r.error().describe()));
    REQUIRE(r.ok());
    return std::move(r).value();
}

// Local noon of a calendar day, so the printed date is that day in any time zone.
WallTime noon(int year, int month, int day) {
    std::tm local{};
    local.tm_year = year - 1900;
    local.tm_mon = month - 1;
    local.tm_mday = day;
    local.tm_hour = 12;
    local.tm_isdst = -1;
    return WallTime(std::chrono::milliseconds(static_cast<std::int64_t>(std::mktime(&local)) * 1000));
}

const Ruleset& rules() {
    static const Ruleset r = [] {
        const auto file = asset_path("rules/" + std::string(kDefaultRulesetId) + ".toml");
        return Ruleset::parse(gc::test::read_file(file), file.string());
    }();
    return r;
}

std::map<std::string, report::ClinicalCodes> codes() {
    const auto file = asset_path("report/clinical_codes.toml");
    return report::parse_clinical_codes(gc::test::read_file(file), file.string());
}

void init_languages() {
    static const bool done = [] {
        i18n::init(i18n::load_languages());
        return true;
    }();
    (void)done;
    i18n::set_language("nl");
}

MeasurementRecord manual(Measure measure, double value, WallTime at) {
    MeasurementRecord m;
    m.measure = measure;
    m.value = value;
    m.source = ManualSource{"host-a"};
    m.kiosk_time = at;
    return m;
}

void record_health(Store& store, VisitId visit, const std::vector<std::string>& grades) {
    const char* ids[] = {"body_functions", "mental_wellbeing", "meaning", "quality_of_life", "participation",
                         "daily_functioning"};
    std::vector<Answer> answers;
    for (std::size_t i = 0; i < grades.size(); ++i) answers.push_back({ids[i], grades[i]});
    require_ok(store.record_answers(visit, report::kPositiveHealthQuestionnaire, answers));
}

struct FollowUpVisit {
    Store store;
    Participant participant;
    VisitId first;
    VisitId second;
};

// May 2026: a first visit; November 2026: the follow-up with goal, offer, dates and consents.
FollowUpVisit follow_up_visit(const std::string& name, const std::string& language) {
    const fs::path dir = gc::test::output_dir("from-store") / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto store = require_ok(Store::open(dir / "kiosk.db", "sheet test passphrase", OpenOptions{true, 1000}));
    const auto may = require_ok(store.start_session({"2026-05-20", "Buurthuis De Schakel", GroupType::Mixed, "host-a", {}}));
    const auto november =
        require_ok(store.start_session({"2026-11-22", "Buurthuis De Schakel", GroupType::Mixed, "host-a", may}));
    ParticipantInfo info;
    info.birth_year = 1962;
    info.sex = Sex::Male;
    info.language = language;
    auto participant = require_ok(store.register_participant("7K3QX0PM4", info));

    const auto first = require_ok(store.create_visit(may, participant.id, noon(2026, 5, 20)));
    const auto at = noon(2026, 5, 20);
    for (const auto& [measure, value] : std::vector<std::pair<Measure, double>>{
             {Measure::Systolic, 151}, {Measure::Diastolic, 96}, {Measure::Weight, 92}, {Measure::Height, 175},
             {Measure::Glucose, 6.3}}) {
        require_ok(store.record_measurement(first, manual(measure, value, at)));
    }
    record_health(store, first, {"5", "6", "4", "6", "3", "7"});

    const auto second = require_ok(store.create_visit(november, participant.id, noon(2026, 11, 22)));
    const auto later = noon(2026, 11, 22);
    MeasurementRecord bp = manual(Measure::Systolic, 138, later);
    bp.source = DeviceSource{"Omron M500", "2023110045", {0x02, 0x03}, std::nullopt};
    require_ok(store.record_measurement(second, bp));
    for (const auto& [measure, value] : std::vector<std::pair<Measure, double>>{
             {Measure::Diastolic, 86}, {Measure::Weight, 86}, {Measure::Height, 175}, {Measure::Glucose, 5.4},
             {Measure::TotalCholesterol, 5.2}, {Measure::Hdl, 1.3}}) {
        require_ok(store.record_measurement(second, manual(measure, value, later)));
    }
    require_ok(store.record_answers(second, report::kCircuitQuestionnaire, {{"smoker", "no"}}));
    record_health(store, second, {"7", "7.5", "8", "7", "6", "8"});
    require_ok(store.record_goal(second, "Elke dag 30 minuten wandelen", later));
    require_ok(store.record_referral(second, Referral{"Buurtsportcoach Noord", "Sanne de Vries, 06 1234 5678", later}));
    require_ok(store.schedule_follow_up(second, FollowUp{"call_6_weeks", "2027-01-03"}));
    require_ok(store.schedule_follow_up(second, FollowUp{"remeasure_6_months", "2027-05-22"}));
    require_ok(store.record_consents(second, Consents{true, true, false, "host-a", later}));
    return {std::move(store), participant, first, second};
}

fs::path render(const report::SheetContent& sheet, const std::string& name) {
    const fs::path pdf = gc::test::output_dir("from-store") / (name + ".pdf");
    gc::test::write_file(pdf, report::render_sheet_pdf(sheet, codes()));
    return pdf;
}

}  // namespace

TEST_CASE("the sheet from the store holds every value, the plan, the consents and then-and-now") {
    init_languages();
    auto visit = follow_up_visit("nl", "nl");
    const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-buurthuis-1"));
    CHECK(sheet.has_previous());
    CHECK_FALSE(sheet.show_dutch);
    const fs::path pdf = render(sheet, "sheet-from-store-nl");
    std::string text = gc::test::pdf_text_flat(pdf);
    for (const std::string spaced : {" → ", " →", "→ "}) {  // pdftotext keeps the spaces around → or not
        for (auto at = text.find(spaced); at != std::string::npos; at = text.find(spaced)) text.replace(at, spaced.size(), "→");
    }
    INFO(text);
    // now and then, with units and the words of the lights
    for (const char* expected : {"138 mmHg", "151 mmHg", "86 mmHg", "96 mmHg", "5,4 mmol/L", "6,3 mmol/L", "28,1 kg/m²",
                                 "30,0 kg/m²", "5,2 mmol/L", "1,3 mmol/L", "Bovendruk", "Goed cholesterol (HDL)", "Goed",
                                 "Let op", "Vorige keer", "20 mei 2026", "22 november 2026"}) {
        CAPTURE(expected);
        CHECK_THAT(text, Catch::Contains(expected));
    }
    // Positieve Gezondheid: each dimension with then → now, never a light
    CHECK_THAT(text, Catch::Contains("Positieve Gezondheid") && Catch::Contains("Lichaamsfuncties") &&
                         Catch::Contains("Dagelijks functioneren") && Catch::Contains("5→7") &&
                         Catch::Contains("6→7,5") && Catch::Contains("3→6"));
    // goal, offer with its contact, the two dates, the three consents
    CHECK_THAT(text, Catch::Contains("Uw doel") && Catch::Contains("Elke dag 30 minuten wandelen"));
    CHECK_THAT(text, Catch::Contains("Buurtsportcoach Noord") && Catch::Contains("Sanne de Vries, 06 1234 5678"));
    CHECK_THAT(text, Catch::Contains("Wij bellen u") && Catch::Contains("3 januari 2027") &&
                         Catch::Contains("Kom terug voor een nieuwe meting") && Catch::Contains("22 mei 2027"));
    CHECK_THAT(text, Catch::Contains("Mogen we uw uitslagen naar uw eigen huisarts sturen? Ja") &&
                         Catch::Contains("gebruiken voor cijfers over de wijk? Ja") &&
                         Catch::Contains("gebruiken voor onderzoek? Nee"));
    // the GP page: codes, device identity, manual entries, ruleset and kiosk
    CHECK_THAT(text, Catch::Contains("Voor de huisarts") && Catch::Contains("8480-6") && Catch::Contains("14647-2") &&
                         Catch::Contains("Omron M500 · 2023110045") && Catch::Contains("handmatig ingevoerd") &&
                         Catch::Contains(std::string(kDefaultRulesetId)) && Catch::Contains("kiosk-buurthuis-1"));

    const auto page = gc::test::render_page_grey(pdf, 100);
    CHECK(report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
          std::optional<std::string>("7K3QX0PM4"));
    CHECK(gc::test::render_pages_png(pdf, 60).size() == 3);
}

TEST_CASE("no text on any page of the sheet is printed over other text") {
    init_languages();
    for (const char* language : {"nl", "tr", "pl", "en"}) {
        CAPTURE(language);
        auto visit = follow_up_visit(std::string("overlap-") + language, language);
        const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-buurthuis-1"));
        const auto clashes = gc::test::overlapping_words(render(sheet, std::string("sheet-overlap-") + language));
        CHECK(clashes == std::vector<std::string>{});
    }
}

TEST_CASE("a first visit has no then-and-now, and an empty plan leaves its parts out") {
    init_languages();
    auto visit = follow_up_visit("first", "nl");
    const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.first, rules(), "kiosk-1"));
    CHECK_FALSE(sheet.has_previous());
    CHECK(sheet.headings.previous_date.empty());
    CHECK(sheet.plan.goal.empty());
    CHECK(sheet.plan.offers.empty());
    CHECK(sheet.plan.consents.empty());
    CHECK(sheet.plan.has_health());
    CHECK_FALSE(sheet.plan.health_then[0]);
    const std::string text = gc::test::pdf_text_flat(render(sheet, "sheet-from-store-first"));
    CHECK_THAT(text, Catch::Contains("151 mmHg"));
    CHECK_THAT(text, !Catch::Contains("20 mei 2026 Vorige keer") && !Catch::Contains("Uw doel") && !Catch::Contains("Wij bellen u"));
}

TEST_CASE("a garbled Positieve Gezondheid answer is left out, the rest of the sheet stays") {
    init_languages();
    auto visit = follow_up_visit("garbled", "nl");
    record_health(visit.store, visit.second, {"7", "elf", "12", "-1", "", "8"});
    const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1"));
    CHECK(sheet.plan.health_now[0] == std::optional<double>(7.0));
    CHECK_FALSE(sheet.plan.health_now[1]);
    CHECK_FALSE(sheet.plan.health_now[2]);
    CHECK_FALSE(sheet.plan.health_now[3]);
    CHECK_FALSE(sheet.plan.health_now[4]);
    CHECK(sheet.plan.health_values[1] == "6 → –");
    CHECK(sheet.rows.size() == 6);  // every measure of the visit
}

TEST_CASE("an unknown visit is NotFound, and the UI language comes back after a sheet in another") {
    init_languages();
    auto visit = follow_up_visit("language", "tr");
    i18n::set_language("pl");
    const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1"));
    CHECK(i18n::current_language().code == "pl");
    CHECK(sheet.show_dutch);
    CHECK(sheet.rows.front().label_nl == "Bovendruk");
    CHECK(sheet.rows.front().label != "Bovendruk");
    CHECK(sheet.plan_nl.consents_heading == "Toestemming");
    CHECK(sheet.plan_nl.dates.at(0).text == "3 januari 2027");
    CHECK(sheet.plan.dates.at(0).text == "3 Ocak 2027");
    const auto missing = report::sheet_from_store(visit.store, VisitId{visit.second.value + 10}, rules(), "kiosk-1");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().kind == ErrorKind::NotFound);
    CHECK(require_ok(report::latest_visit(visit.store, "7k3-qx0-pm4")) == visit.second);
    CHECK(report::latest_visit(visit.store, "7K3-QX0-PM5").error().kind == ErrorKind::InvalidInput);
}

TEST_CASE("Arabic and Turkish sheets from the store: both languages on pages 1 and 2, Dutch for the GP") {
    init_languages();
    for (const char* language : {"ar", "tr"}) {
        CAPTURE(language);
        auto visit = follow_up_visit(std::string("look-") + language, language);
        const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1"));
        CHECK(sheet.right_to_left == (std::string(language) == "ar"));
        const fs::path pdf = render(sheet, std::string("sheet-from-store-") + language);
        const std::string text = gc::test::pdf_text_flat(pdf);
        CHECK_THAT(text, Catch::Contains(sheet.plan.title) && Catch::Contains(sheet.headings.title));
        CHECK_THAT(text, Catch::Contains("Voor de huisarts") && Catch::Contains("Bovendruk") &&
                             Catch::Contains("Sanne de Vries, 06 1234 5678") && Catch::Contains("138"));
        // the GP page writes numbers and dates the Dutch way whatever the participant's language
        CHECK_THAT(text, Catch::Contains("22 november 2026") && Catch::Contains("28,1") && Catch::Contains("30,0"));
        const auto page = gc::test::render_page_grey(pdf, 100);
        CHECK(report::decode_qr(page.pixels.data(), page.width, page.height, page.width) ==
              std::optional<std::string>("7K3QX0PM4"));
        CHECK(gc::test::render_pages_png(pdf, 60).size() == 3);  // looked at: build/test-output/report/from-store
    }
}

TEST_CASE("the risk in words and the heart age: participant's language, Dutch beside it, method for the GP") {
    init_languages();
    for (const char* language : {"nl", "tr", "ar", "pl"}) {
        CAPTURE(language);
        auto visit = follow_up_visit(std::string("risk-") + language, language);
        require_ok(visit.store.record_answers(visit.second, report::kCircuitQuestionnaire, {{"smoker", "no"}, {"diabetes", "no"}}));
        const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1"));
        // 64-year-old man, 138 mmHg, cholesterol 5.2 / HDL 1.3, not smoking: SCORE2 gives a few in 100
        CHECK_THAT(sheet.risk.text_nl, Catch::StartsWith("Van 100 mensen zoals u krijgen er ongeveer ") &&
                                           Catch::Contains("binnen 10 jaar hart- of vaatziekte.") &&
                                           Catch::Contains("Uw hart en bloedvaten zijn ongeveer ") &&
                                           Catch::EndsWith(" jaar oud."));
        CHECK(sheet.risk.text != "");
        CHECK((sheet.risk.text == sheet.risk.text_nl) == (std::string(language) == "nl"));
        REQUIRE(sheet.risk.method_nl.size() == 2);
        CHECK(sheet.risk.method_nl[0].label == "Risico in 10 jaar");
        CHECK_THAT(sheet.risk.method_nl[0].text, Catch::StartsWith("SCORE2 · ") && Catch::EndsWith(" %"));
        CHECK_THAT(sheet.risk.method_nl[1].text, Catch::EndsWith(" · SCORE2"));
        const fs::path pdf = render(sheet, std::string("sheet-risk-") + language);
        const std::string text = gc::test::pdf_text_flat(pdf);
        CHECK_THAT(text, Catch::Contains(sheet.risk.text_nl) && Catch::Contains(sheet.risk.method_nl[0].text) &&
                             Catch::Contains(sheet.risk.method_nl[1].text) && Catch::Contains("Risico in 10 jaar"));
        if (std::string(language) != "ar") CHECK(gc::test::overlapping_words(pdf) == std::vector<std::string>{});
    }
}

TEST_CASE("no risk estimate: the sheet says why, in the participant's language and in Dutch") {
    init_languages();
    auto visit = follow_up_visit("risk-reason", "tr");  // the diabetes question is not answered
    const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1"));
    CHECK(sheet.risk.text_nl ==
          "Niet berekend: we missen uw leeftijd, geslacht, bloeddruk of het antwoord over roken of diabetes.");
    CHECK(sheet.risk.text != sheet.risk.text_nl);
    CHECK_FALSE(sheet.risk.text.empty());
    CHECK(sheet.risk.method_nl.empty());
    CHECK_THAT(gc::test::pdf_text_flat(render(sheet, "sheet-risk-reason")), Catch::Contains(sheet.risk.text_nl) &&
                                                                             Catch::Contains(sheet.risk.text));
}

TEST_CASE("a chosen offer prints who, where, when, cost, languages and contact from the session place's file") {
    init_languages();
    const std::string offer = "[[offer]]\nid = 'walking_group'\nname = 'Wandelgroep'\nkind = 'sport'\n"
                              "who = 'Buurtsportcoach Sanne de Vries'\nwhere = 'Buurthuis De Schakel'\n"
                              "when = 'Dinsdag en donderdag, 10:00 tot 11:00'\ncost = 'Gratis'\nlanguages = ['nl', 'tr']\n"
                              "goals = ['movement']\n";
    const std::string arabic_name = "\u0645\u062c\u0645\u0648\u0639\u0629 \u0627\u0644\u0645\u0634\u064a";  // "walking group"
    const std::vector<OfferCatalog> offers = {
        parse_offers("place = 'Elders'\n" + offer + "contact = '030 999 99 99'\n", "offers/elders.toml"),
        parse_offers("place = 'Buurthuis De Schakel'\n" + offer + "contact = '030 123 45 67'\n[offer.ar]\nname = '" +
                         arabic_name + "'\n",
                     "offers/schakel.toml"),
    };
    for (const char* language : {"nl", "ar"}) {
        CAPTURE(language);
        auto visit = follow_up_visit(std::string("offers-") + language, language);
        require_ok(visit.store.record_referral(visit.second, Referral{"walking_group", "", noon(2026, 11, 22)}));
        const auto sheet = require_ok(report::sheet_from_store(visit.store, visit.second, rules(), "kiosk-1", offers));
        REQUIRE(sheet.plan_nl.offers.size() == 2);
        CHECK(sheet.plan_nl.offers[1].label == "Wandelgroep");
        // The participant's half names the offer as the file translates it; the GP's half stays Dutch.
        CHECK(sheet.plan.offers[1].label == (std::string(language) == "ar" ? arabic_name : std::string("Wandelgroep")));
        const fs::path pdf = render(sheet, std::string("sheet-offers-") + language);
        const std::string text = gc::test::pdf_text_flat(pdf);
        for (const char* expected : {"Wandelgroep", "Buurtsportcoach Sanne de Vries", "Buurthuis De Schakel",
                                     "Dinsdag en donderdag, 10:00 tot 11:00", "Gratis", "NL, TR", "030 123 45 67",
                                     "Contact:", "Wie:", "Wanneer:"}) {
            CAPTURE(expected);
            CHECK_THAT(text, Catch::Contains(expected));
        }
        CHECK_THAT(text, !Catch::Contains("030 999 99 99"));  // the other place's file
        if (std::string(language) != "ar") CHECK(gc::test::overlapping_words(pdf) == std::vector<std::string>{});
        CHECK(gc::test::words_outside_page(pdf) == std::vector<std::string>{});
    }
}
