#include "core/measure.hpp"
#include "core/person.hpp"

#include <catch2/catch.hpp>

TEST_CASE("every measure round-trips through its stable name", "[measure]") {
    for (gc::Measure m : gc::kAllMeasures) {
        auto back = gc::measure_from_name(gc::measure_name(m));
        REQUIRE(back.has_value());
        CHECK(*back == m);
        CHECK_FALSE(gc::measure_ucum(m).empty());
    }
    CHECK_FALSE(gc::measure_from_name("bloodpressure").has_value());
    CHECK(gc::measure_unit(gc::Measure::Glucose) == "mmol/L");
    CHECK(gc::measure_decimals(gc::Measure::Glucose) == 1);
}

TEST_CASE("origin groups and sexes round-trip through their names", "[person]") {
    for (auto o : {gc::OriginGroup::Europid, gc::OriginGroup::SouthAsian, gc::OriginGroup::OtherAsian,
                   gc::OriginGroup::African, gc::OriginGroup::MiddleEastern, gc::OriginGroup::Unknown}) {
        CHECK(gc::origin_from_name(gc::origin_name(o)) == o);
    }
    CHECK(gc::sex_from_name("female") == gc::Sex::Female);
    CHECK_FALSE(gc::sex_from_name("f").has_value());
}
