// `groepsconsult webcam`: the installer's webcam check says clearly when there is no camera.
#include "run_cli.hpp"

#include <catch2/catch.hpp>

TEST_CASE("webcam cli: a missing device is named, with a stable error code and exit 1") {
    const auto r = gc::test::run_cli("webcam --device /dev/video-groepsconsult-absent --seconds 1", "");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("no_device") != std::string::npos);
    CHECK(r.err.find("/dev/video-groepsconsult-absent") != std::string::npos);
    CHECK(r.out.empty());
}

TEST_CASE("webcam cli: something that is not a camera is refused") {
    const auto r = gc::test::run_cli("webcam --device /dev/null --seconds 1", "");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("not_a_camera") != std::string::npos);
}
