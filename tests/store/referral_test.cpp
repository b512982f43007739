#include "store/store.hpp"
#include "store_test_support.hpp"

#include <catch2/catch.hpp>

using namespace gc::store;
using namespace gc::store::test;

TEST_CASE("store: a referral keeps who will call, the consent and the phone", "[store][referral]") {
    const auto dir = fresh_dir("referrals");
    Store store = open_fast(dir / "kiosk.db");
    const VisitId visit = empty_visit(store);
    Referral call{"walking_group", "", at_ms(5)};
    call.who_calls = "Buurtsportcoach Sanne";
    call.consent_to_call = true;
    call.phone = "0612345678";
    REQUIRE(store.record_referral(visit, call).ok());
    Referral no_call{"money_desk", "", at_ms(6)};
    no_call.who_calls = "Geldloket";
    no_call.phone = "0699999999";  // given but no consent: not stored
    REQUIRE(store.record_referral(visit, no_call).ok());

    const auto referrals = require_ok(store.referrals_of(visit));
    REQUIRE(referrals.size() == 2);
    CHECK(referrals[0].offer == "walking_group");
    CHECK(referrals[0].who_calls == "Buurtsportcoach Sanne");
    CHECK(referrals[0].consent_to_call);
    CHECK(referrals[0].phone == "0612345678");
    CHECK(referrals[0].at == at_ms(5));
    CHECK_FALSE(referrals[1].consent_to_call);
    CHECK(referrals[1].phone.empty());
}

TEST_CASE("store: consent to call without a phone number is refused and writes nothing", "[store][referral][bad-input]") {
    const auto dir = fresh_dir("referral-bad");
    Store store = open_fast(dir / "kiosk.db");
    const VisitId visit = empty_visit(store);
    Referral call{"walking_group", "", at_ms(5)};
    call.consent_to_call = true;
    auto refused = store.record_referral(visit, call);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().kind == ErrorKind::InvalidInput);
    CHECK(require_ok(store.referrals_of(visit)).empty());
}

TEST_CASE("store: experience answers are counted per session, never tied to a visit", "[store][experience]") {
    const auto dir = fresh_dir("experience");
    Store store = open_fast(dir / "kiosk.db");
    const auto session = require_ok(store.start_session({"2026-01-12", "Lab", GroupType::Mixed, "h", {}}));
    const auto other = require_ok(store.start_session({"2026-01-13", "Lab", GroupType::Mixed, "h", {}}));
    REQUIRE(store.record_experience(session, {{"clear", "good"}, {"welcome", "good"}}).ok());
    REQUIRE(store.record_experience(session, {{"clear", "good"}, {"welcome", "neutral"}}).ok());
    REQUIRE(store.record_experience(other, {{"clear", "bad"}}).ok());
    const auto counts = require_ok(store.experience_counts(session));
    REQUIRE(counts.size() == 3);
    CHECK(counts[0].question_id == "clear");
    CHECK(counts[0].value == "good");
    CHECK(counts[0].count == 2);
    CHECK(counts[1].value == "good");
    CHECK(counts[1].count == 1);
    CHECK(counts[2].value == "neutral");
    // The table has no visit or participant column at all.
    const std::string table = sql_value(store, "SELECT sql FROM sqlite_master WHERE name = 'experience_answers'");
    CHECK(table.find("session_id") != std::string::npos);
    CHECK(table.find("visit_id") == std::string::npos);
    CHECK(table.find("participant") == std::string::npos);
    // One bad answer: none of that call is stored.
    CHECK(store.record_experience(session, {{"clear", "good"}, {"", "bad"}}).error().kind == ErrorKind::InvalidInput);
    CHECK(require_ok(store.experience_counts(session))[0].count == 2);
    CHECK(store.record_experience(session, {}).error().kind == ErrorKind::InvalidInput);
}
