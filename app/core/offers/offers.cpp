#include "core/offers/offers.hpp"

#include "core/data_file.hpp"
#include "core/translatable.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace gc {
namespace {

struct GoalInfo {
    std::string_view name;
    const char* label;
};
constexpr GoalInfo kGoals[] = {
    {"movement", N_("Bewegen")},          {"food", N_("Eten")},
    {"sleep", N_("Slapen")},              {"relaxation", N_("Ontspannen")},
    {"smoking_alcohol", N_("Roken en alcohol")}, {"meaning_contacts", N_("Zingeving en contact")},
};

struct KindInfo {
    std::string_view name;
    const char* label;
};
constexpr KindInfo kKinds[] = {
    {"sport", N_("Sport en bewegen")}, {"welfare", N_("Welzijn")},
    {"money", N_("Hulp bij geld")},    {"smoking", N_("Stoppen met roken")},
    {"mental_health", N_("Psychische hulp")}, {"food", N_("Gezond eten")},
};

[[noreturn]] void fail(std::string_view file, const toml::node& where, const std::string& what) {
    data_file::fail<OfferError>(file, where, what);
}

std::string text_of(std::string_view file, const toml::table& t, std::string_view key) {
    return data_file::required_text<OfferError>(file, t, key);
}

std::vector<std::string> strings_of(std::string_view file, const toml::table& t, std::string_view key) {
    const auto* list = t.get_as<toml::array>(key);
    if (!list || list->empty()) fail(file, t, "missing list '" + std::string(key) + "'");
    std::vector<std::string> out;
    for (const auto& n : *list) {
        const auto* s = n.as_string();
        if (!s) fail(file, n, "'" + std::string(key) + "' is a list of texts");
        out.push_back(s->get());
    }
    return out;
}

std::optional<OfferKind> kind_from_name(std::string_view name) {
    for (std::size_t i = 0; i < std::size(kKinds); ++i) {
        if (kKinds[i].name == name) return static_cast<OfferKind>(i);
    }
    return std::nullopt;
}

// [offer.tr] name = "...", who = "...": every sub-table of an offer is a language code (two or
// three lower-case letters) holding only those two texts, so a typo is reported, not ignored.
std::map<std::string, OfferWords, std::less<>> translations_of(std::string_view file, const toml::table& t,
                                                               const std::string& id) {
    std::map<std::string, OfferWords, std::less<>> out;
    for (const auto& [key, node] : t) {
        const auto* words = node.as_table();
        if (!words) continue;
        const std::string code(key.str());
        const bool code_like = (code.size() == 2 || code.size() == 3) &&
                               std::all_of(code.begin(), code.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        if (!code_like) fail(file, node, "offer '" + id + "': [" + code + "] is not a language code (\"tr\", \"ar\", ...)");
        OfferWords w;
        for (const auto& [field, value] : *words) {
            const auto* text = value.as_string();
            if (!text || (field.str() != "name" && field.str() != "who"))
                fail(file, value, "offer '" + id + "' [" + code + "]: only name and who are translated, as texts");
            (field.str() == "name" ? w.name : w.who) = text->get();
        }
        out.emplace(code, std::move(w));
    }
    return out;
}

Offer parse_offer(std::string_view file, const toml::table& t) {
    Offer o;
    o.id = text_of(file, t, "id");
    o.name = text_of(file, t, "name");
    const std::string kind = text_of(file, t, "kind");
    auto k = kind_from_name(kind);
    if (!k) fail(file, t, "offer '" + o.id + "': unknown kind '" + kind + "' (sport, welfare, money, smoking, mental_health, food)");
    o.kind = *k;
    o.who = text_of(file, t, "who");
    if (!t.contains("contact")) fail(file, t, "offer '" + o.id + "' has no contact");
    o.contact = text_of(file, t, "contact");
    o.where = text_of(file, t, "where");
    o.when = text_of(file, t, "when");
    o.cost = text_of(file, t, "cost");
    o.languages = strings_of(file, t, "languages");
    for (const std::string& g : strings_of(file, t, "goals")) {
        auto goal = goal_from_name(g);
        if (!goal) fail(file, t, "offer '" + o.id + "': unknown goal '" + g + "'");
        o.goals.push_back(*goal);
    }
    o.translations = translations_of(file, t, o.id);
    return o;
}

}  // namespace

std::string_view goal_name(LifestyleGoal g) { return kGoals[static_cast<std::size_t>(g)].name; }
const char* goal_label(LifestyleGoal g) { return kGoals[static_cast<std::size_t>(g)].label; }
std::optional<LifestyleGoal> goal_from_name(std::string_view name) {
    for (LifestyleGoal g : kLifestyleGoals) {
        if (goal_name(g) == name) return g;
    }
    return std::nullopt;
}

std::string_view offer_kind_name(OfferKind k) { return kKinds[static_cast<std::size_t>(k)].name; }
const char* offer_kind_label(OfferKind k) { return kKinds[static_cast<std::size_t>(k)].label; }

OfferWords Offer::words_in(std::string_view language) const {
    OfferWords words{name, who};
    if (auto it = translations.find(language); it != translations.end()) {
        if (!it->second.name.empty()) words.name = it->second.name;
        if (!it->second.who.empty()) words.who = it->second.who;
    }
    return words;
}

const Offer* OfferCatalog::find(std::string_view id) const {
    auto it = std::find_if(offers.begin(), offers.end(), [&](const Offer& o) { return o.id == id; });
    return it == offers.end() ? nullptr : &*it;
}

std::vector<const Offer*> OfferCatalog::matching(LifestyleGoal goal) const {
    std::vector<const Offer*> out;
    for (const Offer& o : offers) {
        if (std::find(o.goals.begin(), o.goals.end(), goal) != o.goals.end()) out.push_back(&o);
    }
    return out;
}

OfferCatalog parse_offers(std::string_view toml_text, std::string_view file_name) {
    const toml::table root = data_file::parse<OfferError>(toml_text, file_name);
    OfferCatalog catalog;
    catalog.place = text_of(file_name, root, "place");
    catalog.file = data_file::stem(file_name);
    const auto* offers = root.get_as<toml::array>("offer");
    if (!offers || offers->empty()) fail(file_name, root, "no [[offer]] defined");
    std::set<std::string> ids;
    for (const auto& node : *offers) {
        const auto* t = node.as_table();
        if (!t) fail(file_name, node, "an offer must be a table");
        Offer o = parse_offer(file_name, *t);
        if (!ids.insert(o.id).second) fail(file_name, *t, "offer id '" + o.id + "' is used twice");
        catalog.offers.push_back(std::move(o));
    }
    return catalog;
}

namespace {

// "Utrecht  Overvecht" -> "utrecht-overvecht": lower case, every other run of characters one dash.
std::string slug(std::string_view text) {
    std::string out;
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u)) {
            out += static_cast<char>(std::tolower(u));
        } else if (!out.empty() && out.back() != '-') {
            out += '-';
        }
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out;
}

}  // namespace

ChosenOffers offers_for_place(const std::vector<OfferCatalog>& catalogs, std::string_view place) {
    const std::string wanted = slug(place);
    if (!wanted.empty()) {
        for (const OfferCatalog& c : catalogs) {
            if (slug(c.place) == wanted || slug(c.file) == wanted) return {c, true};
        }
    }
    ChosenOffers all;
    for (const OfferCatalog& c : catalogs) {
        for (const Offer& o : c.offers) {
            if (!all.catalog.find(o.id)) all.catalog.offers.push_back(o);
        }
    }
    return all;
}

}  // namespace gc
