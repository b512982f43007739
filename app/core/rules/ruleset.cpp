#include "core/rules/ruleset.hpp"

#include "core/risk/score2.hpp"
#include "core/rules/meanings.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>
#include <sstream>

namespace gc {

RulesetError::RulesetError(const std::string& file, long line, const std::string& what)
    : std::runtime_error(file + ":" + std::to_string(line) + ": " + what), m_line(line) {}

namespace {

// Parsing context: the file name for messages, and helpers that read typed fields or throw an
// error naming the line of the offending node (toml++ keeps source positions).
class Reader {
public:
    explicit Reader(std::string file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const toml::node& at, const std::string& what) const {
        throw RulesetError(m_file, static_cast<long>(at.source().begin.line), what);
    }

    void only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed,
                   std::string_view where) const {
        for (const auto& [k, v] : t) {
            if (std::find(allowed.begin(), allowed.end(), k.str()) == allowed.end()) {
                fail(v, "unknown key '" + std::string(k.str()) + "' in " + std::string(where));
            }
        }
    }

    std::string text(const toml::table& t, std::string_view key, std::string_view where) const {
        const toml::node* n = t.get(key);
        if (!n) fail(t, std::string(where) + " has no '" + std::string(key) + "'");
        auto s = n->value<std::string>();
        if (!s || s->empty()) fail(*n, "'" + std::string(key) + "' must be a non-empty text");
        return *s;
    }

    std::optional<std::string> optional_text(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        auto s = n->value<std::string>();
        if (!s) fail(*n, "'" + std::string(key) + "' must be a text");
        return s;
    }

    std::optional<double> optional_number(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (!n->is_number()) fail(*n, "'" + std::string(key) + "' must be a number");
        return n->value<double>();
    }

    std::optional<int> optional_int(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (!n->is_integer()) fail(*n, "'" + std::string(key) + "' must be a whole number");
        return static_cast<int>(*n->value<int64_t>());
    }

    std::optional<bool> optional_bool(const toml::table& t, std::string_view key) const {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (!n->is_boolean()) fail(*n, "'" + std::string(key) + "' must be true or false");
        return n->value<bool>();
    }

    const toml::table& table(const toml::table& t, std::string_view key, std::string_view where) const {
        const toml::node* n = t.get(key);
        if (!n) fail(t, std::string(where) + " has no '" + std::string(key) + "'");
        if (!n->is_table()) fail(*n, "'" + std::string(key) + "' must be a table");
        return *n->as_table();
    }

    const std::string& file() const { return m_file; }

private:
    std::string m_file;
};

std::optional<Light> light_from_name(std::string_view s) {
    if (s == "green") return Light::Green;
    if (s == "orange") return Light::Orange;
    if (s == "red") return Light::Red;
    return std::nullopt;
}

std::string describe(const Bound& b, bool is_upper) {
    std::ostringstream os;
    os << (is_upper ? (b.inclusive ? "upto " : "below ") : (b.inclusive ? "from " : "above ")) << b.value;
    return os.str();
}

std::string parse_source(const Reader& r, const toml::table& rule, std::string_view where) {
    const toml::node* n = rule.get("source");
    if (!n) r.fail(rule, std::string(where) + " has no source (guideline, table, year)");
    const toml::table* s = n->as_table();
    if (!s) r.fail(*n, "'source' must be a table { guideline = ..., table = ..., year = ... }");
    r.only_keys(*s, {"guideline", "table", "year", "status"}, "source");
    std::string guideline = r.text(*s, "guideline", "source");
    std::string table = r.text(*s, "table", "source");
    auto year = r.optional_int(*s, "year");
    if (!year) r.fail(*s, "source has no 'year'");
    std::string out = guideline + ", " + table + ", " + std::to_string(*year);
    if (auto status = r.optional_text(*s, "status")) out += " [" + *status + "]";
    return out;
}

Band parse_band(const Reader& r, const toml::node& node) {
    const toml::table* t = node.as_table();
    if (!t) r.fail(node, "each band must be a table { from = ..., below = ..., colour = ... }");
    r.only_keys(*t, {"from", "above", "below", "upto", "colour", "urgent", "meaning"}, "band");
    Band b;
    auto from = r.optional_number(*t, "from");
    auto above = r.optional_number(*t, "above");
    auto below = r.optional_number(*t, "below");
    auto upto = r.optional_number(*t, "upto");
    if (from && above) r.fail(node, "a band has either 'from' or 'above', not both");
    if (below && upto) r.fail(node, "a band has either 'below' or 'upto', not both");
    if (from) b.lower = Bound{*from, true};
    if (above) b.lower = Bound{*above, false};
    if (below) b.upper = Bound{*below, false};
    if (upto) b.upper = Bound{*upto, true};
    if (b.lower && b.upper && b.lower->value > b.upper->value) r.fail(node, "band's lower end is above its upper end");
    std::string colour = r.text(*t, "colour", "band");
    auto light = light_from_name(colour);
    if (!light) r.fail(node, "colour '" + colour + "' is not green, orange or red");
    b.colour = *light;
    b.urgent = r.optional_bool(*t, "urgent").value_or(false);
    b.meaning_id = r.text(*t, "meaning", "band");
    b.meaning = meaning_text(b.meaning_id);
    if (!b.meaning) r.fail(node, "unknown meaning '" + b.meaning_id + "' (see app/core/rules/meanings.cpp)");
    return b;
}

// Bands must cover every value exactly once: open at both ends, each band starting exactly
// where the previous one stops (one side inclusive, the other exclusive).
void check_bands_cover(const Reader& r, const toml::array& nodes, const std::vector<Band>& bands) {
    if (bands.front().lower) r.fail(*nodes.get(0), "the first band must have no lower end (nothing may fall below it)");
    if (bands.back().upper) r.fail(*nodes.get(nodes.size() - 1), "the last band must have no upper end (nothing may fall above it)");
    for (std::size_t i = 0; i + 1 < bands.size(); ++i) {
        const Band& a = bands[i];
        const Band& b = bands[i + 1];
        const toml::node& at = *nodes.get(i + 1);
        if (!a.upper) r.fail(*nodes.get(i), "only the last band may be open upwards");
        if (!b.lower) r.fail(at, "only the first band may be open downwards");
        const std::string pair = describe(*a.upper, true) + " then " + describe(*b.lower, false);
        if (b.lower->value > a.upper->value) r.fail(at, "gap between bands (" + pair + ")");
        if (b.lower->value < a.upper->value) r.fail(at, "overlapping bands (" + pair + ")");
        if (a.upper->inclusive == b.lower->inclusive) {
            r.fail(at, std::string(a.upper->inclusive ? "overlapping" : "gap between") + " bands (" + pair +
                           "): the boundary value must belong to exactly one band");
        }
    }
}

Applicability parse_when(const Reader& r, const toml::table& rule) {
    Applicability w;
    const toml::node* n = rule.get("when");
    if (!n) return w;
    const toml::table* t = n->as_table();
    if (!t) r.fail(*n, "'when' must be a table");
    r.only_keys(*t, {"sex", "origin", "age_from", "age_below", "fasting", "device_scale"}, "when");
    if (auto s = r.optional_text(*t, "sex")) {
        w.sex = sex_from_name(*s);
        if (!w.sex) r.fail(*t->get("sex"), "sex '" + *s + "' is not male or female");
    }
    if (const toml::node* o = t->get("origin")) {
        const toml::array* arr = o->as_array();
        if (!arr || arr->empty()) r.fail(*o, "'origin' must be a non-empty list of origin groups");
        for (const auto& el : *arr) {
            auto name = el.value<std::string>();
            auto group = name ? origin_from_name(*name) : std::nullopt;
            if (!group) r.fail(el, "unknown origin group (europid, south_asian, other_asian, african, middle_eastern, unknown)");
            w.origins.push_back(*group);
        }
    }
    w.age_from = r.optional_int(*t, "age_from");
    w.age_below = r.optional_int(*t, "age_below");
    if (w.age_from && w.age_below && *w.age_from >= *w.age_below) r.fail(*t, "age_from must be below age_below");
    w.fasting = r.optional_bool(*t, "fasting");
    w.device_scale = r.optional_text(*t, "device_scale").value_or("");
    return w;
}

Rule parse_rule(const Reader& r, const toml::table& t) {
    r.only_keys(t, {"key", "input", "decimals", "when", "source", "bands"}, "[[rule]]");
    Rule rule;
    rule.line = static_cast<long>(t.source().begin.line);
    rule.key = r.text(t, "key", "[[rule]]");
    rule.input = r.text(t, "input", "[[rule]]");
    if (!is_known_input(rule.input)) r.fail(*t.get("input"), "unknown measure '" + rule.input + "'");
    rule.decimals = r.optional_int(t, "decimals").value_or(default_decimals(rule.input));
    if (rule.decimals < 0 || rule.decimals > 3) r.fail(*t.get("decimals"), "decimals must be 0 to 3");
    rule.when = parse_when(r, t);
    rule.source = parse_source(r, t, "rule '" + rule.key + "'");
    const toml::node* bn = t.get("bands");
    if (!bn) r.fail(t, "rule '" + rule.key + "' has no bands");
    const toml::array* arr = bn->as_array();
    if (!arr || arr->empty()) r.fail(*bn, "'bands' must be a non-empty list");
    for (const auto& el : *arr) rule.bands.push_back(parse_band(r, el));
    check_bands_cover(r, *arr, rule.bands);
    return rule;
}

Score2Settings parse_score2(const Reader& r, const toml::table& root) {
    Score2Settings s;
    const toml::table& t = r.table(root, "score2", "the ruleset");
    r.only_keys(t, {"region", "heart_age_cap", "source", "category"}, "[score2]");
    s.region = r.text(t, "region", "[score2]");
    if (s.region != "low" && s.region != "moderate" && s.region != "high" && s.region != "very_high") {
        r.fail(*t.get("region"), "region must be low, moderate, high or very_high");
    }
    s.heart_age_cap = r.optional_number(t, "heart_age_cap").value_or(80.0);
    s.category_source = parse_source(r, t, "[score2]");
    const toml::node* cn = t.get("category");
    const toml::array* arr = cn ? cn->as_array() : nullptr;
    if (!arr || arr->empty()) r.fail(cn ? *cn : static_cast<const toml::node&>(t), "[score2] needs [[score2.category]] age bands");
    for (const auto& el : *arr) {
        const toml::table* c = el.as_table();
        if (!c) r.fail(el, "[[score2.category]] must be a table");
        r.only_keys(*c, {"age_from", "age_below", "high_from", "very_high_from"}, "[[score2.category]]");
        Score2Category cat;
        auto from = r.optional_int(*c, "age_from");
        auto high = r.optional_number(*c, "high_from");
        auto very = r.optional_number(*c, "very_high_from");
        if (!from || !high || !very) r.fail(*c, "[[score2.category]] needs age_from, high_from and very_high_from");
        cat.age_from = *from;
        cat.age_below = r.optional_int(*c, "age_below");
        cat.high_from = *high;
        cat.very_high_from = *very;
        if (cat.high_from <= 0 || cat.very_high_from <= cat.high_from) r.fail(*c, "need 0 < high_from < very_high_from");
        if (!s.categories.empty()) {
            const auto& prev = s.categories.back();
            if (!prev.age_below) r.fail(*c, "only the last age band may be open upwards");
            if (*prev.age_below != cat.age_from) r.fail(*c, "age bands must follow each other without gap or overlap");
        }
        if (cat.age_below && *cat.age_below <= cat.age_from) r.fail(*c, "age_from must be below age_below");
        s.categories.push_back(cat);
    }
    // Every age SCORE2 and SCORE2-OP accept needs a category.
    const auto& last = s.categories.back();
    if (s.categories.front().age_from > kScore2MinAge || (last.age_below && *last.age_below <= kScore2OpMaxAge)) {
        r.fail(*cn, "[[score2.category]] age bands must cover ages " + std::to_string(kScore2MinAge) + " to " +
                        std::to_string(kScore2OpMaxAge));
    }
    return s;
}

}  // namespace

bool Band::contains(double v) const {
    if (lower && (lower->inclusive ? v < lower->value : v <= lower->value)) return false;
    if (upper && (upper->inclusive ? v > upper->value : v >= upper->value)) return false;
    return true;
}

const Band& Rule::classify(double rounded) const {
    for (const Band& b : bands) {
        if (b.contains(rounded)) return b;
    }
    return bands.back();  // unreachable for a validated rule (bands cover every value); NaN lands here
}

bool Applicability::matches(const AssessmentInput& in) const {
    if (sex && in.sex != sex) return false;
    if (!origins.empty() && std::find(origins.begin(), origins.end(), in.origin) == origins.end()) return false;
    if ((age_from || age_below) && !in.age) return false;
    if (age_from && *in.age < *age_from) return false;
    if (age_below && *in.age >= *age_below) return false;
    if (fasting && *fasting != in.fasting.value_or(false)) return false;
    if (!device_scale.empty() && device_scale != in.visceral_fat_scale) return false;
    return true;
}

Ruleset Ruleset::parse(std::string_view text, const std::string& filename) {
    Reader r(filename);
    toml::table root;
    try {
        root = toml::parse(text, filename);
    } catch (const toml::parse_error& e) {
        throw RulesetError(filename, static_cast<long>(e.source().begin.line), std::string(e.description()));
    }
    r.only_keys(root, {"ruleset", "rule", "score2"}, "the ruleset");
    Ruleset rs;
    const toml::table& head = r.table(root, "ruleset", "the ruleset");
    r.only_keys(head, {"id", "version", "title", "status"}, "[ruleset]");
    rs.m_id = r.text(head, "id", "[ruleset]");
    rs.m_version = r.text(head, "version", "[ruleset]");
    rs.m_title = r.optional_text(head, "title").value_or("");
    const toml::node* rules = root.get("rule");
    const toml::array* arr = rules ? rules->as_array() : nullptr;
    if (!arr || arr->empty()) r.fail(rules ? *rules : static_cast<const toml::node&>(root), "the ruleset has no [[rule]]");
    for (const auto& el : *arr) {
        const toml::table* t = el.as_table();
        if (!t) r.fail(el, "[[rule]] must be a table");
        rs.m_rules.push_back(parse_rule(r, *t));
    }
    rs.m_score2 = parse_score2(r, root);
    return rs;
}

std::vector<std::string> Ruleset::keys() const {
    std::vector<std::string> out;
    for (const Rule& rule : m_rules) {
        if (std::find(out.begin(), out.end(), rule.key) == out.end()) out.push_back(rule.key);
    }
    return out;
}

const Rule* Ruleset::select(std::string_view key, std::string_view input, const AssessmentInput& in) const {
    for (const Rule& rule : m_rules) {
        if (rule.key == key && rule.input == input && rule.when.matches(in)) return &rule;
    }
    return nullptr;
}

double round_to(double v, int decimals) {
    const double scale = std::pow(10.0, decimals);
    return std::round(v * scale) / scale;  // division keeps 61/10 == 6.1 exactly as written
}

std::string format_fixed(double v, int decimals) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

bool is_known_input(std::string_view input) {
    return input == kTcHdlRatio || measure_from_name(input).has_value();
}

int default_decimals(std::string_view input) {
    if (input == kTcHdlRatio) return 1;
    auto m = measure_from_name(input);
    return m ? measure_decimals(*m) : 1;
}

namespace {
// Derived values are computed from the inputs as displayed, so anyone can redo the sum from
// the printed sheet and get the same number.
std::optional<double> shown(const AssessmentInput& in, Measure m) {
    auto it = in.values.find(m);
    if (it == in.values.end()) return std::nullopt;
    return round_to(it->second, measure_decimals(m));
}
}  // namespace

std::optional<double> input_value(std::string_view input, const AssessmentInput& in) {
    if (input == kTcHdlRatio) {
        auto tc = shown(in, Measure::TotalCholesterol);
        auto hdl = shown(in, Measure::Hdl);
        if (!tc || !hdl || *hdl <= 0) return std::nullopt;
        return *tc / *hdl;
    }
    auto m = measure_from_name(input);
    if (!m) return std::nullopt;
    auto it = in.values.find(*m);
    if (it != in.values.end()) return it->second;
    if (*m == Measure::Bmi) {
        auto weight = shown(in, Measure::Weight);
        auto height = shown(in, Measure::Height);
        if (!weight || !height || *height <= 0) return std::nullopt;
        const double metres = *height / 100.0;
        return *weight / (metres * metres);
    }
    return std::nullopt;
}

}  // namespace gc
