// The export rules without a database: age bands, pseudonyms, cell suppression, the row
// builders and the FHIR bundle's content.
#include "export_records.hpp"
#include "report/export/anonymise.hpp"
#include "report/export/csv.hpp"
#include "report/export/fhir_bundle.hpp"
#include "report/export/follow_up_list.hpp"
#include "report/export/municipality.hpp"
#include "report/export/research.hpp"

#include <catch2/catch.hpp>

#include <set>

using namespace gc;
using namespace gc::exports;
using namespace gc::exports::test;

namespace {

// Row of a CSV table as a map from column name to field.
std::map<std::string, std::string> row_map(const CsvTable& t, std::size_t i) {
    std::map<std::string, std::string> m;
    for (std::size_t c = 0; c < t.header.size(); ++c) m[t.header[c]] = t.rows[i][c];
    return m;
}

std::string rows_text(const CsvTable& t) { return to_csv(t); }

}  // namespace

TEST_CASE("age bands are ten years wide, open at both ends", "[export]") {
    CHECK(age_band(std::nullopt) == "unknown");
    CHECK(age_band(18) == "<40");
    CHECK(age_band(39) == "<40");
    CHECK(age_band(40) == "40-49");
    CHECK(age_band(59) == "50-59");
    CHECK(age_band(79) == "70-79");
    CHECK(age_band(80) == "80+");
}

TEST_CASE("the pseudonym is a keyed HMAC-SHA256: stable per key, different between keys", "[export]") {
    // RFC 4231 test case 2.
    CHECK(hmac_sha256_hex("Jefe", "what do ya want for nothing?") ==
          "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    const auto a = pseudonym("key-one", "ABCDEFGHJ");
    CHECK(a.size() == 16);
    CHECK(a == pseudonym("key-one", "ABCDEFGHJ"));
    CHECK(a != pseudonym("key-two", "ABCDEFGHJ"));
    CHECK(a != pseudonym("key-one", "ABCDEFGHK"));
    CHECK_THROWS(pseudonym("", "ABCDEFGHJ"));
}

TEST_CASE("suppression hides small cells and whatever would reveal them", "[export]") {
    // total(0) = a(1) + b(2): a = 3 is small; b could reveal it, so b goes too.
    auto hidden = suppress_small_cells({11, 3, 8}, {{0, {1, 2}}});
    CHECK(hidden == std::vector<bool>{false, true, true});
    // Nothing small: nothing hidden. Empty cells are not "small".
    CHECK(suppress_small_cells({10, 5, 5, 0}, {{0, {1, 2, 3}}}) == std::vector<bool>{false, false, false, false});
    // A small total with big-enough parts cannot happen; a small total hides its parts' sum:
    // total 4 = 4 + 0 -> both hidden.
    CHECK(suppress_small_cells({4, 4, 0}, {{0, {1, 2}}}) == std::vector<bool>{true, true, false});
}

TEST_CASE("municipality: a day with a group of 4 women shows no women-only cell", "[export]") {
    RecordMaker maker;
    std::vector<VisitRecord> day;
    const auto mixed = session(1, "2026-03-02", "Schilderswijk");
    const auto women = session(2, "2026-03-02", "Transvaal", store::GroupType::Women);
    const int ages[] = {1950, 1960, 1970, 1980, 1955, 1965, 1975, 1985};
    for (int i = 0; i < 8; ++i) day.push_back(maker.make(mixed, Sex::Male, ages[i], consents(false, true, false)));
    for (int i = 0; i < 4; ++i) day.push_back(maker.make(mixed, Sex::Female, 1958, consents(false, true, false)));
    for (int i = 0; i < 4; ++i) day.push_back(maker.make(women, Sex::Female, 1960 + i, consents(false, true, false)));
    day.push_back(maker.make(mixed, Sex::Male, 1958, consents(true, false, true)));  // no municipality consent
    for (auto& v : day) add_measurement(v, Measure::Systolic, 130);

    const auto table = municipality_table(day);
    CHECK(table.people == 16);
    CHECK(table.skipped == 1);
    REQUIRE_FALSE(table.csv.rows.empty());
    bool total_shown = false;
    for (std::size_t i = 0; i < table.csv.rows.size(); ++i) {
        const auto row = row_map(table.csv, i);
        INFO(row.at("place") << " " << row.at("sex") << " " << row.at("age_band") << " " << row.at("people"));
        CHECK(row.at("sex") != "female");
        CHECK(row.at("place") != "Transvaal");  // the whole women's group is 4 people
        CHECK(std::stoi(row.at("people")) >= kMinCellSize);
        // The men of the mixed group would give away the women (12 - 8).
        CHECK_FALSE((row.at("sex") == "male" && row.at("age_band") == "all"));
        if (row.at("sex") == "all" && row.at("age_band") == "all") {
            total_shown = true;
            CHECK(row.at("people") == "12");
            CHECK(row.at("mean_systolic") == "130.0");
        }
    }
    CHECK(total_shown);
    CHECK(rows_text(table.csv).find("CARD") == std::string::npos);
}

TEST_CASE("municipality: a mean needs five values of its own", "[export]") {
    RecordMaker maker;
    std::vector<VisitRecord> day;
    const auto s = session(1, "2026-03-02", "Wijk");
    for (int i = 0; i < 6; ++i) day.push_back(maker.make(s, Sex::Male, 1960, consents(false, true, false)));
    for (int i = 0; i < 4; ++i) add_measurement(day[static_cast<std::size_t>(i)], Measure::Glucose, 6.0);
    for (auto& v : day) add_measurement(v, Measure::Weight, 80);
    const auto table = municipality_table(day);
    REQUIRE(!table.csv.rows.empty());
    const auto row = row_map(table.csv, 0);
    CHECK(row.at("mean_glucose").empty());
    CHECK(row.at("mean_weight") == "80.00");
}

TEST_CASE("research: only consenting visits, one stable pseudonym per person, no identifiers", "[export]") {
    RecordMaker maker;
    const auto first = session(1, "2026-03-02", "Wijk");
    auto later = session(2, "2026-09-07", "Wijk");
    later.info.follow_up_of = first.id;
    std::vector<VisitRecord> visits;
    visits.push_back(maker.make(first, Sex::Female, 1961, consents(true, true, true)));
    visits.push_back(maker.make(first, Sex::Male, 1970, consents(true, true, false)));  // no research consent
    auto again = visits[0];
    again.session = later;
    again.visit.id.value = 99;
    visits.push_back(again);
    add_measurement(visits[0], Measure::Systolic, 141);
    add_measurement(visits[0], Measure::Systolic, 135);  // re-measured: the latest counts
    visits[0].answers["leefstijl"] = {{"smoking", "no"}};

    const auto table = research_table(visits, "secret");
    CHECK(table.visits == 2);
    CHECK(table.skipped == 1);
    REQUIRE(table.csv.rows.size() == 2);
    const auto a = row_map(table.csv, 0);
    const auto b = row_map(table.csv, 1);
    CHECK(a.at("pseudonym") == pseudonym("secret", visits[0].participant.card_code));
    CHECK(a.at("pseudonym") == b.at("pseudonym"));
    CHECK(a.at("session_month") == "2026-03");
    CHECK(b.at("follow_up_session") == "yes");
    CHECK(a.at("age_band") == "60-69");
    CHECK(a.at("systolic") == "135");
    CHECK(a.at("leefstijl.smoking") == "no");
    const auto text = rows_text(table.csv);
    CHECK(text.find("CARD") == std::string::npos);
    CHECK(text.find("Naam") == std::string::npos);
    CHECK(text.find("1961") == std::string::npos);
}

TEST_CASE("follow-up list: the kind asked for, soonest first, with language and referrals", "[export]") {
    RecordMaker maker;
    const auto s = session(1, "2026-03-02", "Wijk");
    std::vector<VisitRecord> visits;
    for (int i = 0; i < 3; ++i) visits.push_back(maker.make(s, Sex::Female, 1960, consents(false, false, false)));
    visits[0].follow_ups = {{"call_6_weeks", "2026-04-20"}, {"remeasure_6_months", "2026-09-07"}};
    visits[1].follow_ups = {{"call_6_weeks", "2026-04-13"}};
    visits[1].participant.info.language = "ar";
    visits[1].referrals = {{"buurtsportcoach", "", at_ms(1), "", false, ""},
                           {"welzijnscoach", "=HYPERLINK(1)", at_ms(2), "Anna", true, "0612345678"}};
    visits[0].referrals = {{"geldloket", "", at_ms(1), "", false, "0699999999"}};  // no consent to call
    visits[2].follow_ups = {{"remeasure_6_months", "2026-09-07"}};

    const auto week6 = follow_up_list(visits, FollowUpDue::Week6);
    REQUIRE(week6.csv.rows.size() == 2);
    const auto first = row_map(week6.csv, 0);
    CHECK(first.at("due_date") == "2026-04-13");
    CHECK(first.at("language") == "ar");
    CHECK(first.at("card_code") == "CARD2");
    CHECK(first.at("referrals") == "\"buurtsportcoach; welzijnscoach (=HYPERLINK(1)), belt: Anna\"");  // quoted: a comma
    CHECK(first.at("phone") == "0612345678");
    CHECK(row_map(week6.csv, 1).at("phone").empty());  // a number without consent to call stays out
    CHECK(follow_up_list(visits, FollowUpDue::Month6).csv.rows.size() == 2);
    CHECK(follow_up_due_from_name("week6") == FollowUpDue::Week6);
    CHECK_FALSE(follow_up_due_from_name("week7"));
}

TEST_CASE("CSV: quotes, separators and formulas are made harmless", "[export]") {
    CHECK(csv_text_field("plain") == "plain");
    CHECK(csv_text_field("a,b") == "\"a,b\"");
    CHECK(csv_text_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(csv_text_field("=1+1") == "'=1+1");
    CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
    CHECK(csv_number(std::nullopt, 1).empty());
    CHECK(csv_number(5.25, 1) == "5.2");  // printf rounding, "C" decimal point
    CHECK(to_csv(CsvTable{{"a", "b"}, {{"1", "2"}}}) == "a,b\r\n1,2\r\n");
}

TEST_CASE("FHIR bundle: BP panel, LOINC + NHG codings, UCUM units, device, only what was given", "[export][fhir]") {
    const ClinicalCodeMap codes = {{"systolic", {"8480-6", "1744"}},
                                   {"diastolic", {"8462-4", "1740"}},
                                   {"glucose", {"14743-9", ""}}};
    RecordMaker maker;
    auto v = maker.make(session(1, "2026-03-02", "Wijk"), std::nullopt, std::nullopt, consents(true, false, false));
    v.participant.info.name.reset();
    const store::DeviceSource omron{"Omron HBP-1320", "SN1", {}, at_ms(1'790'000'000'000)};
    add_measurement(v, Measure::Systolic, 141, omron);
    add_measurement(v, Measure::Diastolic, 88, omron);
    add_measurement(v, Measure::Glucose, 6.1);
    add_measurement(v, Measure::FatMass, 20);  // no code: not sent

    int counter = 0;
    const auto bundle = gp_bundle({&v}, codes, at_ms(1'790'000'100'000),
                                  [&counter] { return "urn:uuid:00000000-0000-4000-8000-" + std::to_string(100000000000 + ++counter); });
    CHECK(bundle["resourceType"] == "Bundle");
    CHECK(bundle["type"] == "collection");
    std::map<std::string, int> kinds;
    for (const auto& entry : bundle["entry"]) kinds[entry["resource"]["resourceType"].get<std::string>()]++;
    CHECK(kinds == std::map<std::string, int>{{"Device", 1}, {"Observation", 2}, {"Patient", 1}});

    for (const auto& entry : bundle["entry"]) {
        const auto& r = entry["resource"];
        if (r["resourceType"] == "Patient") {
            CHECK_FALSE(r.contains("name"));
            CHECK_FALSE(r.contains("gender"));
            CHECK_FALSE(r.contains("birthDate"));
            CHECK(r["identifier"][0]["value"] == "CARD1");
        }
        if (r["resourceType"] != "Observation") continue;
        if (r["code"]["coding"][0]["code"] == "85354-9") {
            REQUIRE(r["component"].size() == 2);
            CHECK(r["component"][0]["code"]["coding"][0]["code"] == "8480-6");
            CHECK(r["component"][0]["code"]["coding"][1]["system"] == kNhgTable45System);
            CHECK(r["component"][0]["code"]["coding"][1]["code"] == "1744");
            CHECK(r["component"][1]["valueQuantity"]["value"] == 88.0);
            CHECK(r["component"][1]["valueQuantity"]["code"] == "mm[Hg]");
            CHECK(r["effectiveDateTime"] == "2026-09-21T14:13:20.000Z");  // the device's clock
            CHECK(r.contains("device"));
        } else {
            CHECK(r["code"]["coding"][0]["code"] == "14743-9");
            CHECK(r["code"]["coding"].size() == 1);  // no NHG code known
            CHECK(r["valueQuantity"]["system"] == kUcumSystem);
            CHECK(r["valueQuantity"]["code"] == "mmol/L");
            CHECK_FALSE(r.contains("device"));
        }
    }
}

TEST_CASE("practice folders are safe file names", "[export]") {
    CHECK(practice_folder(std::string("Huisartsen De Linde")) == "huisartsen-de-linde");
    CHECK(practice_folder(std::string("../../etc")) == "etc");
    CHECK(practice_folder(std::nullopt) == "zonder-praktijk");
    CHECK(fhir_instant(at_ms(0)) == "1970-01-01T00:00:00.000Z");
}
