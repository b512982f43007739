#include <catch2/catch.hpp>

#include <cstring>
#include <fstream>
#include <string>

#include "i18n/catalog.hpp"
#include "i18n/i18n.hpp"
#include "runtime/text_file.hpp"

using gc::i18n::Catalog;

namespace {

const std::filesystem::path kFixtures = GC_I18N_FIXTURE_LOCALES;
const std::filesystem::path kOutput = GC_TEST_OUTPUT_DIR;

std::vector<gc::i18n::Language> test_languages() {
    return {gc::i18n::source_language(),
            {"ar", "العربية", "ar", "ar", true},
            {"pl", "Polski", "pl_PL", "pl", false},
            {"tr", "Türkçe", "tr_TR", "tr", false}};  // no tr catalog among the fixtures
}

void write_file(const std::filesystem::path& path, const std::string& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << bytes;
}

std::string read_file(const std::filesystem::path& path) { return gc::read_text_file(path).value_or(""); }

Catalog load_ok(const std::string& code) {
    std::string error;
    auto catalog = Catalog::load(Catalog::path_for(kFixtures, code), &error);
    INFO(error);
    REQUIRE(catalog);
    return std::move(*catalog);
}

}  // namespace

TEST_CASE("a catalog finds translations, with and without context") {
    const Catalog ar = load_ok("ar");
    CHECK(std::string(ar.find(nullptr, "Goed")) == "جيد");
    CHECK(std::string(ar.find(nullptr, "Terug")) == "عودة");
    CHECK(std::string(ar.find("knop", "Terug")) == "رجوع");
    CHECK(ar.find(nullptr, "Niet vertaald") == nullptr);
    CHECK(ar.find("onbekend", "Terug") == nullptr);
}

TEST_CASE("Arabic plurals follow the catalog's six Plural-Forms") {
    const Catalog ar = load_ok("ar");
    const std::pair<unsigned long, const char*> cases[] = {
        {0, "zero"}, {1, "one"}, {2, "two"}, {3, "few"}, {10, "few"}, {103, "few"},
        {11, "many"}, {99, "many"}, {100, "other"}, {102, "other"}, {4000000011UL, "many"}};
    for (const auto& [n, form] : cases) {
        INFO("n = " << n);
        CHECK(std::string(ar.find_plural(nullptr, "%d meting", n)) == form);
    }
}

TEST_CASE("Polish plurals follow the catalog's three Plural-Forms") {
    const Catalog pl = load_ok("pl");
    const std::pair<unsigned long, const char*> cases[] = {
        {1, "one"}, {2, "few"}, {4, "few"}, {22, "few"}, {5, "many"}, {12, "many"}, {0, "many"}, {112, "many"}};
    for (const auto& [n, form] : cases) {
        INFO("n = " << n);
        CHECK(std::string(pl.find_plural(nullptr, "%d meting", n)) == form);
    }
}

TEST_CASE("a missing or corrupt catalog is refused with a message naming the file") {
    std::string error;
    SECTION("missing") {
        const auto path = kOutput / "i18n" / "nowhere.mo";
        CHECK_FALSE(Catalog::load(path, &error));
        CHECK_THAT(error, Catch::Contains(path.string()) && Catch::Contains("missing"));
    }
    SECTION("not a .mo file") {
        const auto path = kOutput / "i18n" / "garbage.mo";
        write_file(path, "this is a text file, not a catalog\n");
        CHECK_FALSE(Catalog::load(path, &error));
        CHECK_THAT(error, Catch::Contains("corrupt") && Catch::Contains("magic"));
    }
    SECTION("empty file") {
        const auto path = kOutput / "i18n" / "empty.mo";
        write_file(path, "");
        CHECK_FALSE(Catalog::load(path, &error));
        CHECK_THAT(error, Catch::Contains("corrupt"));
    }
    SECTION("truncated: the string tables point past the end") {
        const std::string good = read_file(Catalog::path_for(kFixtures, "ar"));
        REQUIRE(good.size() > 60);
        const auto path = kOutput / "i18n" / "truncated.mo";
        write_file(path, good.substr(0, good.size() / 2));
        CHECK_FALSE(Catalog::load(path, &error));
        CHECK_THAT(error, Catch::Contains("corrupt") && Catch::Contains("outside the file"));
    }
    SECTION("an offset overwritten with garbage") {
        std::string bad = read_file(Catalog::path_for(kFixtures, "ar"));
        REQUIRE(bad.size() > 40);
        bad.replace(12, 4, "\xff\xff\xff\x7f");  // offset of the original-strings table
        const auto path = kOutput / "i18n" / "bad-offset.mo";
        write_file(path, bad);
        CHECK_FALSE(Catalog::load(path, &error));
        CHECK_THAT(error, Catch::Contains("corrupt"));
    }
}

TEST_CASE("switching languages at runtime, Dutch msgids when there is no translation") {
    const auto messages = gc::i18n::init(test_languages(), kFixtures);
    REQUIRE(messages.size() == 1);  // only tr has no catalog
    CHECK_THAT(messages[0], Catch::Contains("tr/LC_MESSAGES/groepsconsult.mo") && Catch::Contains("missing") &&
                                Catch::Contains("Türkçe is shown in Dutch"));

    CHECK(gc::i18n::current_language().code == "nl");
    CHECK_FALSE(gc::i18n::is_rtl());
    CHECK(std::string(_("Goed")) == "Goed");

    CHECK_FALSE(gc::i18n::set_language("ar"));
    CHECK(gc::i18n::is_rtl());
    const char* arabic = _("Goed");
    CHECK(std::string(arabic) == "جيد");
    CHECK(std::string(C_("knop", "Terug")) == "رجوع");
    CHECK(std::string(gc::i18n::ntr("%d meting", "%d metingen", 2)) == "two");
    const char* untranslated = "Niet vertaald";
    CHECK(_(untranslated) == untranslated);  // the msgid itself, not a copy

    CHECK_FALSE(gc::i18n::set_language("pl"));
    CHECK(std::string(_("Goed")) == "Dobrze");
    CHECK(std::string(arabic) == "جيد");  // earlier pointers survive a switch
    CHECK(std::string(C_("knop", "Terug")) == "Terug");

    SECTION("unknown language: message, nothing changes") {
        const auto error = gc::i18n::set_language("xx");
        REQUIRE(error);
        CHECK_THAT(*error, Catch::Contains("unknown language 'xx'"));
        CHECK(gc::i18n::current_language().code == "pl");
    }
    SECTION("language without catalog: set, texts in Dutch, message for the host") {
        const auto error = gc::i18n::set_language("tr");
        REQUIRE(error);
        CHECK_THAT(*error, Catch::Contains("missing"));
        CHECK(gc::i18n::current_language().code == "tr");
        CHECK(std::string(_("Goed")) == "Goed");
        CHECK(std::string(gc::i18n::ntr("%d meting", "%d metingen", 1)) == "%d meting");
        CHECK(std::string(gc::i18n::ntr("%d meting", "%d metingen", 3)) == "%d metingen");
    }
}

TEST_CASE("a corrupt catalog at start: the kiosk runs in Dutch and the host gets a message") {
    const auto dir = kOutput / "i18n" / "corrupt-locales";
    std::filesystem::remove_all(dir);
    write_file(Catalog::path_for(dir, "ar"), std::string("\xde\x12\x04\x95 not really", 15));
    std::filesystem::create_directories(Catalog::path_for(dir, "pl").parent_path());
    std::filesystem::copy_file(Catalog::path_for(kFixtures, "pl"), Catalog::path_for(dir, "pl"));

    const auto messages = gc::i18n::init(test_languages(), dir);
    REQUIRE(messages.size() == 2);  // ar corrupt, tr missing
    CHECK_THAT(messages[0], Catch::Contains("ar/LC_MESSAGES") && Catch::Contains("corrupt"));
    CHECK(gc::i18n::current_language().code == "nl");
    const auto problems = gc::i18n::catalog_problems();  // what host mode lists
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].code == "ar");
    CHECK(problems[0].detail == messages[0]);
    CHECK(problems[1].code == "tr");
    CHECK(problems[1].native_name == "Türkçe");

    CHECK(gc::i18n::set_language("ar"));  // a message for the host
    CHECK(std::string(_("Goed")) == "Goed");
    CHECK_FALSE(gc::i18n::set_language("pl"));
    CHECK(std::string(_("Goed")) == "Dobrze");  // the other catalogs still work
}

TEST_CASE("a catalog of its own falls back to the Dutch texts (e.g. for the sheet)") {
    const Catalog pl = load_ok("pl");
    CHECK(std::string(pl.get(nullptr, "Goed")) == "Dobrze");
    const char* untranslated = "Niet vertaald";
    CHECK(pl.get(nullptr, untranslated) == untranslated);
    CHECK(std::string(pl.get_plural(nullptr, "%d meting", "%d metingen", 5)) == "many");
    CHECK(std::string(pl.get_plural(nullptr, "%d bezoek", "%d bezoeken", 1)) == "%d bezoek");
    CHECK(std::string(pl.get_plural(nullptr, "%d bezoek", "%d bezoeken", 2)) == "%d bezoeken");
}
