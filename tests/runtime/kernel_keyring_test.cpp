// The real kernel keyring of the user running the tests (keyutils syscalls, no double).
#include "runtime/kernel_keyring.hpp"

#include <catch2/catch.hpp>

#include <thread>
#include <unistd.h>

namespace {
// Unique per test process, so parallel runs never see each other's secrets.
std::string name(const char* what) { return std::string("test:") + what + ":" + std::to_string(getpid()); }
}  // namespace

TEST_CASE("a remembered secret is recalled, replaced and forgotten") {
    const auto key = name("roundtrip");
    REQUIRE_FALSE(gc::keyring::recall(key));
    REQUIRE(gc::keyring::remember(key, "correct horse", std::chrono::seconds(60)));
    CHECK(gc::keyring::recall(key) == std::optional<std::string>("correct horse"));
    REQUIRE(gc::keyring::remember(key, "battery staple", std::chrono::seconds(60)));  // same name: replaced
    CHECK(gc::keyring::recall(key) == std::optional<std::string>("battery staple"));
    gc::keyring::forget(key);
    CHECK_FALSE(gc::keyring::recall(key));
    CHECK_FALSE(gc::keyring::recall(name("never-stored")));
}

TEST_CASE("a remembered secret expires by itself, and a secret without expiry is refused") {
    const auto key = name("expiry");
    REQUIRE(gc::keyring::remember(key, "only for a moment", std::chrono::seconds(1)));
    REQUIRE(gc::keyring::recall(key));
    std::this_thread::sleep_for(std::chrono::milliseconds(2100));
    CHECK_FALSE(gc::keyring::recall(key));
    CHECK_FALSE(gc::keyring::remember(name("forever"), "x", std::chrono::seconds(0)));
    CHECK_FALSE(gc::keyring::recall(name("forever")));
}

TEST_CASE("secrets with other bytes survive unchanged") {
    const auto key = name("bytes");
    const std::string secret("p\xC3\xA4ss\0word with spaces", 21);
    REQUIRE(gc::keyring::remember(key, secret, std::chrono::seconds(60)));
    CHECK(gc::keyring::recall(key) == std::optional<std::string>(secret));
    gc::keyring::forget(key);
}
