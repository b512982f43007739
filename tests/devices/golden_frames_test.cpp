// Golden frames (tests/fixtures/devices) decoded through the real drivers to expected values;
// every broken twin is refused; framers fed byte-at-a-time equal fed-whole; any single-byte
// change of a checksummed frame never yields a reading.
#include "devices/contour/contour.hpp"
#include "devices/protocol/text.hpp"
#include "devices/omron/omron7322.hpp"
#include "devices/omron/omron790.hpp"
#include "devices/tanita/tanita.hpp"
#include "fixture.hpp"

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;

namespace {
double value_of(const Reading& r, Measure m) {
    const auto* v = r.find(m);
    REQUIRE(v != nullptr);
    return v->value;
}
}  // namespace

TEST_CASE("Tanita SC-330 real frame decodes to its values") {
    const Bytes bytes = fixture("tanita_sc330.bin");
    auto results = decode_all("tanita", bytes);
    REQUIRE(results.size() == 1);
    const auto* r = as_reading(results[0]);
    REQUIRE(r != nullptr);
    CHECK(r->device.model == "SC-330");
    CHECK(r->device.serial == "00000001");
    CHECK(value_of(*r, Measure::Weight) == Approx(89.2));
    CHECK(value_of(*r, Measure::Height) == Approx(191.0));
    CHECK(value_of(*r, Measure::Bmi) == Approx(24.5));
    CHECK(value_of(*r, Measure::BodyFatPercent) == Approx(18.8));
    CHECK(value_of(*r, Measure::FatMass) == Approx(16.8));
    CHECK(value_of(*r, Measure::MuscleMass) == Approx(68.8));
    CHECK(value_of(*r, Measure::VisceralFat) == Approx(6));
    CHECK(unit_in(*r, Measure::Weight) == "kg");
    REQUIRE(r->device_time);
    CHECK(*r->device_time == DeviceTime{2014, 9, 25, 8, 20, 0});
    // the raw frame is kept without CR LF, unknown keys kept verbatim
    CHECK(r->raw.size() == bytes.size() - 2);
    CHECK(std::find(r->extra.begin(), r->extra.end(), std::make_pair(std::string("ZF"), std::string("501.8"))) != r->extra.end());
    CHECK(std::find(r->extra.begin(), r->extra.end(), std::make_pair(std::string("OV"), std::string("11.1"))) != r->extra.end());
}

TEST_CASE("Tanita MC-780 real segmental frame decodes, negative values kept") {
    auto results = decode_all("tanita", fixture("tanita_mc780.bin"));
    REQUIRE(results.size() == 1);
    const auto* r = as_reading(results[0]);
    REQUIRE(r != nullptr);
    CHECK(r->device.model == "MC-780");
    CHECK(value_of(*r, Measure::Weight) == Approx(67.6));
    CHECK(value_of(*r, Measure::Height) == Approx(175.5));
    CHECK(value_of(*r, Measure::Bmi) == Approx(21.9));
    CHECK(value_of(*r, Measure::BodyFatPercent) == Approx(18.3));
    CHECK(value_of(*r, Measure::VisceralFat) == Approx(9));
    CHECK(*r->device_time == DeviceTime{2026, 6, 3, 15, 0, 0});
    CHECK(std::find(r->extra.begin(), r->extra.end(), std::make_pair(std::string("pH"), std::string("-6.0"))) != r->extra.end());
    CHECK(std::find(r->extra.begin(), r->extra.end(), std::make_pair(std::string("mh"), std::string("16.98"))) != r->extra.end());
}

TEST_CASE("Tanita PC-mode echoes are acknowledgements, then the frame decodes") {
    TanitaDriver driver;
    auto results = driver.feed(fixture("tanita_pc_mode.bin"));
    CHECK(driver.take_replies() == std::vector<std::string>{"D1", "D2", "D3", "D4", "G1"});
    REQUIRE(results.size() == 1);
    const auto* r = as_reading(results[0]);
    REQUIRE(r != nullptr);
    CHECK(r->device.model == "DC-360");
    CHECK(value_of(*r, Measure::Weight) == Approx(71.3));
}

TEST_CASE("Omron 0590:0028 GME reply decodes to 132/84/71") {
    auto results = decode_all("omron-790", fixture("omron790_gme.bin"));
    REQUIRE(results.size() == 1);
    const auto* r = as_reading(results[0]);
    REQUIRE(r != nullptr);
    CHECK(value_of(*r, Measure::Systolic) == 132);
    CHECK(value_of(*r, Measure::Diastolic) == 84);
    CHECK(value_of(*r, Measure::Pulse) == 71);
    CHECK(*r->device_time == DeviceTime{2024, 5, 14, 10, 37, 5});
}

TEST_CASE("Omron 0590:0090 EEPROM blocks decode to records, empty slots skipped") {
    auto results = decode_all("omron-7322", fixture("omron7322_read.bin"));
    REQUIRE(results.size() == 2);
    const auto* a = as_reading(results[0]);
    const auto* b = as_reading(results[1]);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK(value_of(*a, Measure::Systolic) == 132);
    CHECK(value_of(*a, Measure::Diastolic) == 84);
    CHECK(value_of(*a, Measure::Pulse) == 71);
    CHECK(*a->device_time == DeviceTime{2024, 5, 14, 10, 37, 0});
    CHECK(value_of(*b, Measure::Systolic) == 145);
    CHECK(value_of(*b, Measure::Diastolic) == 90);
    CHECK(*b->device_time == DeviceTime{2024, 5, 16, 10, 14, 0});
    CHECK(a->raw.size() == kOmron7322RecordSize);
}

TEST_CASE("Contour mg/dL transfer: values converted to mmol/L, control solution refused") {
    auto results = decode_all("contour", fixture("contour_mgdl.bin"));
    REQUIRE(results.size() == 3);
    const auto* a = as_reading(results[0]);
    const auto* b = as_reading(results[1]);
    REQUIRE(a != nullptr);
    REQUIRE(b != nullptr);
    CHECK(a->device.model == "Bayer7390");
    CHECK(a->device.serial == "7390-2336773");
    CHECK(a->device.firmware == "01.24\\01.04\\09.02.20");
    CHECK(value_of(*a, Measure::Glucose) == Approx(6.0));  // 108 mg/dL
    CHECK(value_of(*b, Measure::Glucose) == Approx(7.4));  // 133 mg/dL
    CHECK(*a->device_time == DeviceTime{2024, 5, 14, 10, 37, 0});
    const auto* qc = as_error(results[2]);
    REQUIRE(qc != nullptr);
    CHECK(qc->code == DeviceErrorCode::ControlSolution);
    CHECK(std::string(error_message(qc->code)).find("controlemeting") != std::string::npos);
}

TEST_CASE("Contour mmol/L transfer: value as sent, '>' marker is out of range") {
    auto results = decode_all("contour", fixture("contour_mmol.bin"));
    REQUIRE(results.size() == 2);
    const auto* a = as_reading(results[0]);
    REQUIRE(a != nullptr);
    CHECK(value_of(*a, Measure::Glucose) == Approx(6.2));
    REQUIRE(as_error(results[1]) != nullptr);
    CHECK(code_of(results[1]) == DeviceErrorCode::OutOfRange);
}

TEST_CASE("Scanner: a card code with CR suffix") {
    auto results = decode_all("scanner", fixture("scanner_card.bin"));
    REQUIRE(results.size() == 1);
    REQUIRE(as_reading(results[0]) != nullptr);
    CHECK(card_of(results[0]) == "7K3QX0PM4");
    auto aim = decode_all("scanner", to_bytes("]Q17K3QX0PM4\r"));
    REQUIRE(as_reading(aim.at(0)) != nullptr);
    CHECK(card_of(aim[0]) == "7K3QX0PM4");
}

TEST_CASE("Every broken twin is refused with a stable code") {
    struct Case {
        const char* driver;
        const char* file;
        DeviceErrorCode code;
    };
    const Case cases[] = {
        {"tanita", "tanita_sc330_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"tanita", "tanita_mc780_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"tanita", "tanita_pc_mode_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"omron-790", "omron790_gme_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"omron-7322", "omron7322_read_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"contour", "contour_mgdl_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"contour", "contour_mmol_broken.bin", DeviceErrorCode::ChecksumMismatch},
        {"scanner", "scanner_card_broken.bin", DeviceErrorCode::Garbled},
    };
    for (const auto& c : cases) {
        INFO(c.file);
        auto results = decode_all(c.driver, fixture(c.file));
        CHECK(count_errors(results, c.code) == 1);
        const auto* err = as_error(results.front().index() == 1 ? results.front() : results.back());
        REQUIRE(err != nullptr);
        CHECK_FALSE(err->raw.empty());  // the bytes go to the device log
    }
}

TEST_CASE("Framers fed byte-at-a-time equal fed-whole") {
    const std::pair<const char*, const char*> cases[] = {
        {"tanita", "tanita_sc330.bin"},       {"tanita", "tanita_mc780.bin"},  {"tanita", "tanita_pc_mode.bin"},
        {"omron-790", "omron790_gme.bin"},    {"omron-7322", "omron7322_read.bin"},
        {"contour", "contour_mgdl.bin"},      {"contour", "contour_mmol.bin"}, {"scanner", "scanner_card.bin"},
        {"tanita", "tanita_sc330_broken.bin"}, {"contour", "contour_mgdl_broken.bin"},
    };
    for (const auto& [name, file] : cases) {
        INFO(file);
        const Bytes bytes = fixture(file);
        const std::string whole = describe(decode_all(name, bytes));
        auto driver = make_driver(name);
        std::vector<DecodeResult> one_by_one;
        for (auto b : bytes)
            for (auto& r : driver->feed(&b, 1)) one_by_one.push_back(std::move(r));
        for (auto& r : driver->flush()) one_by_one.push_back(std::move(r));
        CHECK(describe(one_by_one) == whole);
        CHECK_FALSE(whole.empty());
    }
}

TEST_CASE("Any single-byte change of a Tanita frame never yields a reading") {
    const Bytes frame = fixture("tanita_sc330.bin");
    const std::size_t checked = frame.size() - 2;  // everything but the CR LF terminator
    for (std::size_t i = 0; i < checked; ++i) {
        for (int delta : {1, 0x20, 0x80}) {
            Bytes mutated = frame;
            mutated[i] = static_cast<std::uint8_t>(mutated[i] + delta);
            auto results = decode_all("tanita", mutated);
            INFO("byte " << i << " delta " << delta);
            CHECK(readings(results).empty());
        }
    }
}

TEST_CASE("Any single-byte change of a Contour frame or an Omron reply never yields its reading") {
    const Bytes frame = astm_frame(2, "R|1|^^^Glucose|108|mg/dL^P||B||202405141037\r");
    for (std::size_t i = 1; i < frame.size() - 2; ++i) {
        Bytes mutated = frame;
        mutated[i] = static_cast<std::uint8_t>(mutated[i] ^ 0x01);
        auto decoded = decode_astm_frame(mutated);
        INFO("contour byte " << i);
        CHECK(std::holds_alternative<DeviceError>(decoded));
    }
    Omron790Record rec{{2024, 5, 14, 10, 37, 5}, 0, 132, 84, 71, 0};
    const Bytes reply = omron790_gme_reply(rec);
    for (std::size_t i = 2; i < reply.size(); ++i) {
        Bytes mutated = reply;
        mutated[i] = static_cast<std::uint8_t>(mutated[i] ^ 0x10);
        INFO("omron-790 byte " << i);
        CHECK(as_error(decode_omron790_gme(mutated)) != nullptr);
    }
    const Bytes packet = omron7322_read_reply(0x02AC, encode_omron7322_record({132, 84, 71, {2024, 5, 14, 10, 37, 0}}));
    for (std::size_t i = 0; i < packet.size(); ++i) {
        Bytes mutated = packet;
        mutated[i] = static_cast<std::uint8_t>(mutated[i] ^ 0x04);
        INFO("omron-7322 byte " << i);
        CHECK(std::holds_alternative<DeviceError>(decode_omron7322_packet(mutated)));
    }
}
