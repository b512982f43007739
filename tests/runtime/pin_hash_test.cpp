// The host PIN's hash (libxcrypt yescrypt), as kiosk.toml keeps it.
#include "runtime/pin_hash.hpp"

#include <catch2/catch.hpp>

TEST_CASE("a PIN hash opens with its PIN only, and never contains the PIN") {
    const auto hash = gc::hash_pin("4711");
    REQUIRE(hash);
    CHECK(hash->rfind("$y$", 0) == 0);
    CHECK(hash->find("4711") == std::string::npos);
    CHECK(gc::usable_pin_hash(*hash));
    CHECK(gc::pin_matches_hash(*hash, "4711"));
    CHECK_FALSE(gc::pin_matches_hash(*hash, "4712"));
    CHECK_FALSE(gc::pin_matches_hash(*hash, "47110"));
    CHECK_FALSE(gc::pin_matches_hash(*hash, ""));
    CHECK(gc::hash_pin("4711") != hash);  // salted: two hashes of one PIN differ
}

TEST_CASE("something that is not a hash is never usable and opens nothing") {
    for (const char* bad : {"", "4711", "$y$", "$1$abc", "*"}) {
        INFO(bad);
        CHECK_FALSE(gc::usable_pin_hash(bad));
        CHECK_FALSE(gc::pin_matches_hash(bad, "4711"));
    }
}
