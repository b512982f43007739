#include "core/card_code.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <set>
#include <string>

namespace {
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

std::string code_from(std::uint64_t bits) {
    return gc::generate_card_code([bits] { return bits; });
}
}  // namespace

TEST_CASE("card code: generated from injected randomness, canonical and valid", "[card_code]") {
    const auto code = code_from(0);
    CHECK(code == "000000000");  // all-zero data has check symbol 0
    const auto other = code_from(0x12345'6789ULL);
    CHECK(other.size() == gc::kCardCodeLength);
    CHECK(other.find_first_not_of(kAlphabet) == std::string::npos);
    CHECK(gc::is_valid_card_code(other));
    CHECK(other != code);
    // Only 40 bits are used: higher bits do not change the code.
    CHECK(code_from(0xFF00'0000'0000'0001ULL) == code_from(1));
}

TEST_CASE("card code: distinct random inputs give distinct codes", "[card_code]") {
    std::mt19937_64 rng(42);
    std::set<std::string> seen;
    for (int i = 0; i < 2000; ++i) seen.insert(gc::generate_card_code([&rng] { return rng(); }));
    CHECK(seen.size() == 2000);
}

TEST_CASE("card code: normalisation of what people type", "[card_code]") {
    const auto code = code_from(0xABCDE'12345ULL);
    const auto pretty = gc::format_card_code(code);
    CHECK(pretty.size() == 11);
    CHECK(pretty[3] == '-');
    CHECK(pretty[7] == '-');
    CHECK(gc::normalise_card_code(pretty) == code);

    std::string lower;
    for (char c : code) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    CHECK(gc::normalise_card_code(lower) == code);
    CHECK(gc::normalise_card_code(" " + code.substr(0, 4) + " - " + code.substr(4) + " ") == code);

    // O is read as 0, I and L as 1.
    const auto with_zero_one = code_from(1);  // "100000000" + check
    REQUIRE(with_zero_one.substr(0, 8) == "10000000");
    std::string typed = with_zero_one;
    typed[0] = 'l';
    typed[1] = 'O';
    typed[2] = 'o';
    CHECK(gc::normalise_card_code(typed) == with_zero_one);
    typed[0] = 'I';
    CHECK(gc::normalise_card_code(typed) == with_zero_one);
    typed[0] = 'i';
    CHECK(gc::normalise_card_code(typed) == with_zero_one);
}

TEST_CASE("card code: rejects wrong length, foreign symbols and typos", "[card_code]") {
    const auto code = code_from(0x9876543210ULL);
    CHECK_FALSE(gc::normalise_card_code(""));
    CHECK_FALSE(gc::normalise_card_code(code.substr(0, 8)));
    CHECK_FALSE(gc::normalise_card_code(code + "0"));
    CHECK_FALSE(gc::normalise_card_code(code.substr(0, 8) + "U"));  // U is not Crockford
    CHECK_FALSE(gc::normalise_card_code(code.substr(0, 4) + "*" + code.substr(5)));
    CHECK_FALSE(gc::normalise_card_code(code.substr(0, 4) + "_" + code.substr(4)));

    // Every single wrong symbol at every position is caught by the check symbol.
    for (std::size_t pos = 0; pos < code.size(); ++pos) {
        for (char c : kAlphabet) {
            if (c == code[pos]) continue;
            std::string typo = code;
            typo[pos] = c;
            INFO(typo);
            CHECK_FALSE(gc::is_valid_card_code(typo));
        }
    }
    // Swapping two different neighbours is caught as well (Luhn mod 32 misses only rare pairs).
    int swaps = 0;
    int caught = 0;
    std::mt19937_64 rng(7);
    for (int i = 0; i < 300; ++i) {
        const auto c = gc::generate_card_code([&rng] { return rng(); });
        for (std::size_t pos = 0; pos + 1 < c.size(); ++pos) {
            if (c[pos] == c[pos + 1]) continue;
            std::string swapped = c;
            std::swap(swapped[pos], swapped[pos + 1]);
            ++swaps;
            caught += gc::is_valid_card_code(swapped) ? 0 : 1;
        }
    }
    CHECK(caught * 100 >= swaps * 95);
}
