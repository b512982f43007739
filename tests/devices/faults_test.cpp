// The fault catalogue of devices.md §9, one test each, through the real drivers (the
// transport faults 5 and the NAK/busy dialogues are in session_test.cpp and serial_test.cpp).
#include "devices/contour/contour.hpp"
#include "devices/omron/omron7322.hpp"
#include "devices/omron/omron790.hpp"
#include "devices/protocol/text.hpp"
#include "devices/tanita/tanita.hpp"
#include "fixture.hpp"

#include <catch2/catch.hpp>

using namespace gc;
using namespace gc::devices;
using namespace gc::devices::test;

namespace {
Bytes cat(std::initializer_list<Bytes> parts) {
    Bytes out;
    for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
    return out;
}
Bytes sc330() { return fixture("tanita_sc330.bin"); }
}  // namespace

TEST_CASE("fault 1: a frame split over many reads, and many frames in one read") {
    const Bytes frame = sc330();
    auto driver = make_driver("tanita");
    std::vector<DecodeResult> results;
    for (std::size_t pos = 0; pos < frame.size(); pos += 7) {
        auto part = driver->feed(frame.data() + pos, std::min<std::size_t>(7, frame.size() - pos));
        results.insert(results.end(), part.begin(), part.end());
    }
    CHECK(readings(results).size() == 1);
    CHECK(readings(decode_all("tanita", cat({frame, frame, frame}))).size() == 3);
}

TEST_CASE("fault 2: garbage or a stray signal before and after a frame") {
    auto driver = make_driver("tanita");
    auto results = driver->feed(cat({to_bytes("\x01\xff junk"), sc330(), to_bytes("\x13\x11\r\n"), to_bytes("~~\r\n")}));
    REQUIRE(results.size() == 1);
    CHECK(as_reading(results[0]) != nullptr);
    CHECK(driver->discarded_bytes() > 0);
    // garbage on the HID links too
    CHECK(readings(decode_all("omron-790", cat({Bytes{0xEE, 0x00, 0x99}, fixture("omron790_gme.bin")}))).size() == 1);
    CHECK(readings(decode_all("omron-7322", cat({Bytes(5, 0xAB), fixture("omron7322_read.bin")}))).size() == 2);
    CHECK(readings(decode_all("contour", cat({fixture("contour_mmol.bin"), Bytes(64, 0xEE)}))).size() == 1);
}

TEST_CASE("fault 3: bad checksum is rejected and logged, accept-and-log is configurable") {
    std::vector<std::string> warnings;
    DriverOptions reject;
    reject.warn = [&](std::string_view w) { warnings.emplace_back(w); };
    auto results = decode_all("tanita", fixture("tanita_sc330_broken.bin"), reject);
    CHECK(count_errors(results, DeviceErrorCode::ChecksumMismatch) == 1);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings[0].find("checksum") != std::string::npos);

    DriverOptions accept = reject;
    accept.reject_bad_checksum = false;
    results = decode_all("tanita", fixture("tanita_sc330_broken.bin"), accept);
    REQUIRE(readings(results).size() == 1);
    CHECK(value_in(readings(results)[0], Measure::Weight) == Approx(89.3));
    CHECK(warnings.size() == 2);
}

TEST_CASE("fault 4: a truncated frame then silence is reported as truncated") {
    const Bytes frame = sc330();
    auto driver = make_driver("tanita");
    CHECK(driver->feed(frame.data(), 100).empty());
    auto results = driver->flush();
    REQUIRE(results.size() == 1);
    CHECK(code_of(results[0]) == DeviceErrorCode::Truncated);
    CHECK(raw_size(results[0]) == 100);
    // the next frame is unaffected
    CHECK(readings(driver->feed(frame)).size() == 1);
    // a truncated frame followed directly by a whole one: only the whole one counts
    CHECK(readings(decode_all("tanita", cat({Bytes(frame.begin(), frame.begin() + 80), frame}))).size() == 1);
    // Omron and Contour too
    const Bytes gme = fixture("omron790_gme.bin");
    CHECK(count_errors(decode_all("omron-790", Bytes(gme.begin(), gme.begin() + 16)), DeviceErrorCode::Truncated) == 1);
    const Bytes link = astm_frame(1, "R|1|^^^Glucose|6.2|mmol/L^P||||202405141037\r");
    ContourDriver contour;
    CHECK(contour.feed_link(Bytes(link.begin(), link.begin() + 20)).empty());
    CHECK(count_errors(contour.flush(), DeviceErrorCode::Truncated) == 1);
}

TEST_CASE("fault 6: busy replies (Omron NO) are reported as busy, not as a reading") {
    Bytes wire;
    for (const auto& r : omron790_reports(to_bytes("NO"))) wire.insert(wire.end(), r.begin(), r.end());
    auto results = decode_all("omron-790", cat({wire, fixture("omron790_gme.bin")}));
    REQUIRE(results.size() == 2);
    CHECK(code_of(results[0]) == DeviceErrorCode::Busy);
    CHECK(as_reading(results[1]) != nullptr);
}

TEST_CASE("fault 7: device error codes become typed errors with a participant message") {
    auto results = decode_all("tanita", to_bytes("D1\r\nG1\r\nE16\r\nE17\r\nE01\r\nD3!\r\n"));
    REQUIRE(results.size() == 4);
    CHECK(code_of(results[0]) == DeviceErrorCode::SteppedOff);
    CHECK(error_code_name(DeviceErrorCode::SteppedOff) == "stepped_off");
    CHECK(std::string(error_message(DeviceErrorCode::SteppedOff)).find("Meet opnieuw") != std::string::npos);
    CHECK(code_of(results[1]) == DeviceErrorCode::SteppedOnEarly);
    CHECK(code_of(results[2]) == DeviceErrorCode::DeviceReported);
    CHECK(code_of(results[3]) == DeviceErrorCode::CommandRejected);
    // a segmental measurement error in the frame itself
    TanitaPairs pairs = {{"{0", "16"}, {"~0", "1"}, {"St", "1"}, {"Wk", "80.0"}};
    CHECK(count_errors(decode_all("tanita", encode_tanita_frame(pairs)), DeviceErrorCode::DeviceReported) == 1);
}

TEST_CASE("fault 8: HI/LO markers and sentinels never become values") {
    ContourMeter meter;
    Bytes link;
    for (const auto& f : contour_transfer_frames(meter, {{33.4, ">", {}}, {0.5, "<", {}}})) link.insert(link.end(), f.begin(), f.end());
    ContourDriver contour;
    CHECK(count_errors(contour.feed_link(link), DeviceErrorCode::OutOfRange) == 2);
    // Omron 16-bit SYS above 255 decodes, then the plausibility gate refuses 300/20
    ReadingGate gate(shipped_plausibility());
    Omron790Record rec{{2024, 5, 14, 10, 37, 5}, 0, 300, 20, 71, 0};
    auto decoded = decode_omron790_gme(omron790_gme_reply(rec));
    REQUIRE(as_reading(decoded) != nullptr);
    CHECK(value_in(std::get<Reading>(decoded), Measure::Systolic) == 300);
    auto gated = gate.pass(decoded);
    REQUIRE(as_error(gated) != nullptr);
    CHECK(code_of(gated) == DeviceErrorCode::Implausible);
    CHECK(raw_size(gated) > 0);
    // a weight of 3 kg
    TanitaMeasurement m;
    m.weight_kg = 3.0;
    CHECK(code_of(gate.pass(decode_all("tanita", encode_tanita_frame(tanita_sc330_pairs(m))).at(0))) ==
          DeviceErrorCode::Implausible);
}

TEST_CASE("fault 9: unit variants (Contour mg/dL vs mmol/L, Tanita imperial) end in canonical units") {
    ContourMeter mgdl;
    mgdl.mmol = false;
    ContourMeter mmol;
    Bytes a, b;
    for (const auto& f : contour_transfer_frames(mgdl, {{180.0, "", {}}})) a.insert(a.end(), f.begin(), f.end());
    for (const auto& f : contour_transfer_frames(mmol, {{10.0, "", {}}})) b.insert(b.end(), f.begin(), f.end());
    ContourDriver c1, c2;
    auto ra = readings(c1.feed_link(a));
    auto rb = readings(c2.feed_link(b));
    REQUIRE(ra.size() == 1);
    REQUIRE(rb.size() == 1);
    CHECK(value_in(ra[0], Measure::Glucose) == Approx(10.0));
    CHECK(unit_in(ra[0], Measure::Glucose) == "mmol/L");
    CHECK(value_in(rb[0], Measure::Glucose) == Approx(10.0));

    TanitaPairs imperial = {{"{0", "16"}, {"~0", "3"}, {"MO", "\"SC-330\""}, {"Wp", "176.4"}, {"FW", "20.0"}};
    auto r = readings(decode_all("tanita", encode_tanita_frame(imperial)));
    REQUIRE(r.size() == 1);
    CHECK(value_in(r[0], Measure::Weight) == Approx(80.01).epsilon(0.001));
    CHECK(unit_in(r[0], Measure::Weight) == "kg");
    TanitaPairs stone = {{"{0", "16"}, {"Ws", "12.8"}};
    CHECK(count_errors(decode_all("tanita", encode_tanita_frame(stone)), DeviceErrorCode::UnsupportedUnit) == 1);
}

TEST_CASE("fault 10: clock skew — the device time is kept exactly as the device sent it") {
    // a meter whose clock was never set (2019) still delivers; the kiosk stamps its own time
    // when the reading is queued (see queue_test.cpp)
    ContourMeter meter;
    meter.clock = {2019, 1, 1, 0, 0, 0};
    Bytes link;
    for (const auto& f : contour_transfer_frames(meter, {{5.5, "", {2019, 1, 1, 0, 5, 0}}})) link.insert(link.end(), f.begin(), f.end());
    ContourDriver contour;
    auto r = readings(contour.feed_link(link));
    REQUIRE(r.size() == 1);
    CHECK(*r[0].device_time == DeviceTime{2019, 1, 1, 0, 5, 0});
}

TEST_CASE("fault 11: the same stored reading downloaded twice is delivered once") {
    ReadingGate gate(shipped_plausibility());
    const Bytes blocks = fixture("omron7322_read.bin");
    std::size_t delivered = 0, duplicates = 0;
    for (int download = 0; download < 2; ++download)
        for (auto& r : decode_all("omron-7322", blocks)) {
            auto gated = gate.pass(std::move(r));
            if (as_reading(gated)) ++delivered;
            else if (code_of(gated) == DeviceErrorCode::Duplicate) ++duplicates;
        }
    CHECK(delivered == 2);
    CHECK(duplicates == 2);
    // same values at another time are not duplicates
    Omron790Record a{{2024, 5, 14, 10, 37, 5}, 0, 132, 84, 71, 0}, b = a;
    b.time.minute = 38;
    CHECK(as_reading(gate.pass(decode_omron790_gme(omron790_gme_reply(a)))) != nullptr);
    CHECK(as_reading(gate.pass(decode_omron790_gme(omron790_gme_reply(b)))) != nullptr);
}

TEST_CASE("fault 12: control-solution (QC) results never become participant results") {
    auto results = decode_all("contour", fixture("contour_mgdl.bin"));
    CHECK(count_errors(results, DeviceErrorCode::ControlSolution) == 1);
    for (const auto& r : readings(results)) CHECK(value_in(r, Measure::Glucose) != Approx(99 / 18.016).epsilon(0.01));
}

TEST_CASE("Plausibility ranges: bad files give a clear message") {
    auto bad = Plausibility::from_toml("[weight]\nmin = 300\nmax = 20\n");
    REQUIRE(std::holds_alternative<std::string>(bad));
    CHECK(std::get<std::string>(bad).find("[weight]") != std::string::npos);
    auto unknown = Plausibility::from_toml("[wieght]\nmin = 1\nmax = 2\n");
    REQUIRE(std::holds_alternative<std::string>(unknown));
    CHECK(std::get<std::string>(unknown).find("wieght") != std::string::npos);
    auto syntax = Plausibility::from_toml("[weight\n");
    CHECK(std::holds_alternative<std::string>(syntax));
    const auto shipped = shipped_plausibility();
    for (auto m : {Measure::Systolic, Measure::Diastolic, Measure::Pulse, Measure::Weight, Measure::Height, Measure::Bmi,
                   Measure::BodyFatPercent, Measure::FatMass, Measure::MuscleMass, Measure::VisceralFat, Measure::Glucose})
        CHECK(shipped.range(m) != nullptr);
}
