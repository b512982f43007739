#include "core/questionnaire/questionnaire.hpp"

#include "core/data_file.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

namespace gc {
namespace {

[[noreturn]] void fail(std::string_view file, const toml::node& where, const std::string& what) {
    data_file::fail<QuestionnaireError>(file, where, what);
}

std::string text_of(std::string_view file, const toml::table& t, std::string_view key) {
    return data_file::required_text<QuestionnaireError>(file, t, key);
}

std::optional<Scoring> scoring_from_name(std::string_view name) {
    if (name == "none") return Scoring::None;
    if (name == "findrisc") return Scoring::Findrisc;
    if (name == "de_jong_gierveld_6") return Scoring::DeJongGierveld6;
    if (name == "positive_health") return Scoring::PositiveHealth;
    return std::nullopt;
}

// What each scoring rule reads: the item keys it knows and the option ids each key needs.
struct KeyRule {
    std::string_view key;
    std::vector<std::string_view> options;  // empty: a 0-10 scale
};

std::vector<KeyRule> key_rules(Scoring scoring) {
    const std::vector<std::string_view> yes_no{"yes", "no"};
    const std::vector<std::string_view> djg{"yes", "more_or_less", "no"};
    switch (scoring) {
        case Scoring::None: return {};
        case Scoring::Findrisc:
            return {{"activity", yes_no}, {"vegetables", yes_no}, {"bp_medication", yes_no},
                    {"high_glucose", yes_no}, {"family", {"none", "extended", "close"}}};
        case Scoring::DeJongGierveld6:
            return {{"emotional_1", djg}, {"emotional_2", djg}, {"emotional_3", djg},
                    {"social_1", djg},    {"social_2", djg},    {"social_3", djg}};
        case Scoring::PositiveHealth:
            return {{"body_functions", {}}, {"mental_wellbeing", {}}, {"meaning", {}},
                    {"quality_of_life", {}}, {"participation", {}}, {"daily_functioning", {}}};
    }
    return {};
}

std::vector<ItemOption> parse_options(std::string_view file, const toml::array& list) {
    std::vector<ItemOption> options;
    std::set<std::string> ids;
    for (const auto& node : list) {
        const auto* t = node.as_table();
        if (!t) fail(file, node, "an answer is a table with id, label and pictogram");
        ItemOption o;
        o.id = text_of(file, *t, "id");
        o.label = text_of(file, *t, "label");
        o.pictogram = text_of(file, *t, "pictogram");
        o.flag = (*t)["flag"].value_or(false);
        if (!ids.insert(o.id).second) fail(file, *t, "answer id '" + o.id + "' is used twice");
        options.push_back(std::move(o));
    }
    if (options.size() < 2) fail(file, list, "a question needs at least two answers");
    return options;
}

std::vector<ItemOption> scale_options() {
    std::vector<ItemOption> options;
    for (int i = 0; i <= 10; ++i) options.push_back({std::to_string(i), std::to_string(i), "", false});
    return options;
}

QuestionnaireItem parse_item(std::string_view file, const toml::table& t,
                             const std::map<std::string, std::vector<ItemOption>>& sets) {
    QuestionnaireItem item;
    item.id = text_of(file, t, "id");
    if (item.id.find('.') != std::string::npos) fail(file, t, "an item id has no dot: '" + item.id + "'");
    item.text = text_of(file, t, "text");
    item.key = t["key"].value_or(std::string());
    const std::string kind = t["kind"].value_or(std::string("choice"));
    if (kind == "scale") {
        item.kind = ItemKind::Scale;
        item.low_label = text_of(file, t, "low_label");
        item.high_label = text_of(file, t, "high_label");
        item.options = scale_options();
    } else if (kind == "choice") {
        item.kind = ItemKind::Choice;
        if (const auto* set = t.get_as<std::string>("answers")) {
            auto found = sets.find(set->get());
            if (found == sets.end()) fail(file, t, "unknown answer set '" + set->get() + "'");
            item.options = found->second;
        } else if (const auto* inline_options = t.get_as<toml::array>("option")) {
            item.options = parse_options(file, *inline_options);
        } else {
            fail(file, t, "question '" + item.id + "' has no answers");
        }
    } else {
        fail(file, t, "unknown item kind '" + kind + "' (choice or scale)");
    }
    return item;
}

void check_against_scoring(std::string_view file, const toml::table& t, Scoring scoring, const QuestionnaireItem& item) {
    if (scoring == Scoring::None) return;
    const auto rules = key_rules(scoring);
    auto rule = std::find_if(rules.begin(), rules.end(), [&](const KeyRule& r) { return r.key == item.key; });
    if (rule == rules.end()) fail(file, t, "item '" + item.id + "' has no key this scoring knows: '" + item.key + "'");
    if (rule->options.empty()) {
        if (item.kind != ItemKind::Scale) fail(file, t, "item '" + item.id + "' must be a 0-10 scale");
        return;
    }
    if (item.kind != ItemKind::Choice) fail(file, t, "item '" + item.id + "' must be a choice");
    for (std::string_view needed : rule->options) {
        const bool present = std::any_of(item.options.begin(), item.options.end(),
                                         [&](const ItemOption& o) { return o.id == needed; });
        if (!present) fail(file, t, "item '" + item.id + "' needs an answer with id '" + std::string(needed) + "'");
    }
    if (item.options.size() != rule->options.size()) {
        fail(file, t, "item '" + item.id + "' has answers the scoring cannot count");
    }
}

}  // namespace

const QuestionnaireItem* Questionnaire::item(std::string_view item_id) const {
    auto it = std::find_if(items.begin(), items.end(), [&](const QuestionnaireItem& i) { return i.id == item_id; });
    return it == items.end() ? nullptr : &*it;
}

Questionnaire parse_questionnaire(std::string_view toml_text, std::string_view file_name) {
    const toml::table root = data_file::parse<QuestionnaireError>(toml_text, file_name);
    Questionnaire q;
    q.id = data_file::stem(file_name);
    q.title = text_of(file_name, root, "title");
    const std::string scoring_name = root["scoring"].value_or(std::string("none"));
    auto scoring = scoring_from_name(scoring_name);
    if (!scoring) fail(file_name, root, "unknown scoring '" + scoring_name + "'");
    q.scoring = *scoring;

    std::map<std::string, std::vector<ItemOption>> sets;
    if (const auto* answers = root.get_as<toml::table>("answers")) {
        for (const auto& [name, node] : *answers) {
            const auto* list = node.as_array();
            if (!list) fail(file_name, node, "answer set '" + std::string(name.str()) + "' is a list of [[answers." +
                                                 std::string(name.str()) + "]]");
            sets[std::string(name.str())] = parse_options(file_name, *list);
        }
    }
    const auto* items = root.get_as<toml::array>("item");
    if (!items || items->empty()) fail(file_name, root, "no [[item]] defined");
    std::set<std::string> ids, keys;
    for (const auto& node : *items) {
        const auto* t = node.as_table();
        if (!t) fail(file_name, node, "an item must be a table");
        QuestionnaireItem item = parse_item(file_name, *t, sets);
        if (!ids.insert(item.id).second) fail(file_name, *t, "item id '" + item.id + "' is used twice");
        check_against_scoring(file_name, *t, q.scoring, item);
        if (!item.key.empty() && !keys.insert(item.key).second) fail(file_name, *t, "key '" + item.key + "' is used twice");
        q.items.push_back(std::move(item));
    }
    for (const KeyRule& rule : key_rules(q.scoring)) {
        if (!keys.count(std::string(rule.key))) fail(file_name, root, "no item has the key '" + std::string(rule.key) + "'");
    }
    return q;
}

std::string qualified_item_id(const Questionnaire& q, const QuestionnaireItem& item) { return q.id + "." + item.id; }

std::optional<std::pair<std::string, std::string>> split_item_id(std::string_view qualified) {
    const auto dot = qualified.find('.');
    if (dot == std::string_view::npos) return std::nullopt;
    return std::make_pair(std::string(qualified.substr(0, dot)), std::string(qualified.substr(dot + 1)));
}

}  // namespace gc
