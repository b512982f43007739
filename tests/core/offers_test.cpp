#include "core/offers/offers.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace gc;

namespace {

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in(path);
    REQUIRE(in);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

const std::string kOffer = "place = 'Oost'\n"          // 1
                           "[[offer]]\n"               // 2
                           "id = 'walk'\n"             // 3
                           "name = 'Wandelen'\n"       // 4
                           "kind = 'sport'\n"          // 5
                           "who = 'Sanne'\n"           // 6
                           "contact = '030 1'\n"       // 7
                           "where = 'Buurthuis'\n"     // 8
                           "when = 'Dinsdag'\n"        // 9
                           "cost = 'Gratis'\n"         // 10
                           "languages = ['nl']\n"      // 11
                           "goals = ['movement']\n";   // 12

std::string changed(std::string from, std::string to) {
    std::string text = kOffer;
    text.replace(text.find(from), from.size(), to);
    return text;
}

}  // namespace

TEST_CASE("every shipped offer file loads and covers every goal", "[offers]") {
    const auto dir = std::filesystem::path(GC_TEST_SOURCE_DIR) / "assets" / "offers";
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".toml") continue;
        ++files;
        const OfferCatalog c = parse_offers(file_text(entry.path()), entry.path().filename().string());
        CHECK_FALSE(c.place.empty());
        for (LifestyleGoal g : kLifestyleGoals) {
            INFO(entry.path().filename().string() << ": " << goal_name(g));
            CHECK_FALSE(c.matching(g).empty());
        }
    }
    CHECK(files >= 1);
}

TEST_CASE("offers match the goal they fit, in file order", "[offers]") {
    const OfferCatalog c = parse_offers(file_text(std::filesystem::path(GC_TEST_SOURCE_DIR) / "assets/offers/utrecht-overvecht.toml"),
                                        "utrecht-overvecht.toml");
    const auto smoking = c.matching(LifestyleGoal::SmokingAlcohol);
    REQUIRE(smoking.size() == 1);
    CHECK(smoking[0]->id == "stop_smoking");
    CHECK(smoking[0]->kind == OfferKind::Smoking);
    const auto movement = c.matching(LifestyleGoal::Movement);
    REQUIRE_FALSE(movement.empty());
    CHECK(movement[0]->id == "walking_group");
    CHECK(c.find("money_desk") != nullptr);
    CHECK(c.find("nothing") == nullptr);
    CHECK(goal_from_name("meaning_contacts") == LifestyleGoal::MeaningContacts);
    CHECK_FALSE(goal_from_name("happiness"));
}

TEST_CASE("a broken offer file is refused with its file and line", "[offers][bad-input]") {
    REQUIRE(parse_offers(kOffer, "oost.toml").offers.size() == 1);
    REQUIRE_THROWS_WITH(parse_offers(changed("kind = 'sport'", "kind = 'yoga'"), "oost.toml"),
                        Catch::Contains("oost.toml:2") && Catch::Contains("unknown kind 'yoga'"));
    REQUIRE_THROWS_WITH(parse_offers(changed("contact = '030 1'\n", ""), "oost.toml"),
                        Catch::Contains("oost.toml:2") && Catch::Contains("has no contact"));
    REQUIRE_THROWS_WITH(parse_offers(changed("contact = '030 1'", "contact = ''"), "oost.toml"),
                        Catch::Contains("oost.toml:2") && Catch::Contains("missing text 'contact'"));
    REQUIRE_THROWS_WITH(parse_offers(changed("goals = ['movement']", "goals = ['dancing']"), "oost.toml"),
                        Catch::Contains("unknown goal 'dancing'"));
    REQUIRE_THROWS_WITH(parse_offers(changed("languages = ['nl']", "languages = [1]"), "oost.toml"),
                        Catch::Contains("oost.toml:11"));
    REQUIRE_THROWS_WITH(parse_offers(kOffer + kOffer.substr(kOffer.find("[[offer]]")), "oost.toml"),
                        Catch::Contains("oost.toml:13") && Catch::Contains("used twice"));
    REQUIRE_THROWS_WITH(parse_offers("place = 'x'\noffer = [", "oost.toml"), Catch::Contains("oost.toml:2"));
}

TEST_CASE("the session's place chooses its offer file, an unknown place gets every file", "[offers]") {
    std::string overvecht = changed("place = 'Oost'", "place = 'Utrecht Overvecht'");
    overvecht.replace(overvecht.find("'walk'"), 6, "'swim'");
    const std::vector<OfferCatalog> catalogs = {parse_offers(kOffer, "offers/oost.toml"),
                                                parse_offers(overvecht, "utrecht-overvecht.toml")};
    CHECK(catalogs[0].file == "oost");
    CHECK(catalogs[1].file == "utrecht-overvecht");

    const ChosenOffers by_place = offers_for_place(catalogs, "utrecht  overvecht");  // case and spacing aside
    CHECK(by_place.matched);
    CHECK(by_place.catalog.place == "Utrecht Overvecht");
    REQUIRE(by_place.catalog.offers.size() == 1);
    CHECK(by_place.catalog.offers[0].id == "swim");

    const ChosenOffers by_file = offers_for_place(catalogs, "OOST");  // the file name
    CHECK(by_file.matched);
    CHECK(by_file.catalog.find("walk") != nullptr);
    CHECK(by_file.catalog.find("swim") == nullptr);

    for (const std::string_view place : {std::string_view("Zuilen"), std::string_view("")}) {
        const ChosenOffers all = offers_for_place(catalogs, place);
        CHECK_FALSE(all.matched);
        CHECK(all.catalog.find("walk") != nullptr);
        CHECK(all.catalog.find("swim") != nullptr);
    }
    // The same id in two files: the first file's offer is kept once.
    const ChosenOffers twice = offers_for_place({catalogs[0], catalogs[0]}, "Zuilen");
    CHECK(twice.catalog.offers.size() == 1);
}

TEST_CASE("an offer's name and who are shown in the file's translation, the Dutch where it has none", "[offers]") {
    const std::string text = kOffer + "[offer.tr]\nname = 'Yürüyüş'\nwho = 'Spor koçu Sanne'\n"
                                      "[offer.pl]\nname = 'Spacer'\n";
    const OfferCatalog c = parse_offers(text, "oost.toml");
    const Offer& walk = c.offers.at(0);
    CHECK(walk.words_in("tr").name == "Yürüyüş");
    CHECK(walk.words_in("tr").who == "Spor koçu Sanne");
    CHECK(walk.words_in("pl").name == "Spacer");
    CHECK(walk.words_in("pl").who == "Sanne");  // only the name is translated
    CHECK(walk.words_in("ar").name == "Wandelen");
    CHECK(walk.words_in("nl").who == "Sanne");

    // The shipped file translates every offer into every language the kiosk offers.
    const OfferCatalog shipped = parse_offers(
        file_text(std::filesystem::path(GC_TEST_SOURCE_DIR) / "assets/offers/utrecht-overvecht.toml"), "utrecht-overvecht.toml");
    for (const Offer& o : shipped.offers) {
        for (const char* code : {"en", "tr", "ar", "pl"}) {
            INFO(o.id << " " << code);
            CHECK(o.words_in(code).name != o.name);
            CHECK(o.words_in(code).who != o.who);
        }
    }
}

TEST_CASE("a mistyped offer translation is refused, not silently shown in Dutch", "[offers][bad-input]") {
    REQUIRE_THROWS_WITH(parse_offers(kOffer + "[offer.turks]\nname = 'Yürüyüş'\n", "oost.toml"),
                        Catch::Contains("oost.toml:13") && Catch::Contains("[turks] is not a language code"));
    REQUIRE_THROWS_WITH(parse_offers(kOffer + "[offer.tr]\nnaam = 'Yürüyüş'\n", "oost.toml"),
                        Catch::Contains("oost.toml:14") && Catch::Contains("only name and who are translated"));
    REQUIRE_THROWS_WITH(parse_offers(kOffer + "[offer.tr]\nname = 3\n", "oost.toml"),
                        Catch::Contains("only name and who are translated"));
}
