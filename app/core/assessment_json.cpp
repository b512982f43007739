#include "core/assessment_json.hpp"

#include <nlohmann/json.hpp>

#include <cmath>

namespace gc {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

[[noreturn]] void bad(const std::string& what) { throw AssessmentInputError(what); }

std::optional<bool> optional_bool(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_boolean()) bad(std::string("'") + key + "' must be true or false, got " + it->dump());
    return it->get<bool>();
}

std::optional<std::string> optional_string(const json& j, const char* key) {
    auto it = j.find(key);
    if (it == j.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) bad(std::string("'") + key + "' must be a text, got " + it->dump());
    return it->get<std::string>();
}

constexpr const char* kKnownFields[] = {"sex",          "age",           "smoker",           "diabetes",
                                        "fasting",      "origin",        "known_cvd",        "bp_medication",
                                        "lipid_medication", "visceral_fat_scale", "measurements"};

void read_measurements(const json& j, AssessmentInput& in) {
    auto it = j.find("measurements");
    if (it == j.end() || it->is_null()) return;
    if (!it->is_object()) bad("'measurements' must be an object of name: number, got " + it->dump());
    for (const auto& [name, value] : it->items()) {
        auto measure = measure_from_name(name);
        if (!measure) bad("unknown measurement '" + name + "'");
        if (value.is_null()) continue;  // not measured
        if (!value.is_number()) bad("measurement '" + name + "' must be a number, got " + value.dump());
        const double v = value.get<double>();
        if (v < 0) bad("measurement '" + name + "' must not be negative, got " + value.dump());
        if ((*measure == Measure::Weight || *measure == Measure::Height) && v == 0) {
            bad("measurement '" + name + "' must be greater than 0");
        }
        in.values[*measure] = v;
    }
}

}  // namespace

AssessmentInput assessment_input_from_json(std::string_view text) {
    json j;
    try {
        j = json::parse(text.begin(), text.end());
    } catch (const json::parse_error& e) {
        bad(std::string("input is not valid JSON: ") + e.what());
    }
    if (!j.is_object()) bad("input must be one JSON object, got " + std::string(j.type_name()));
    for (const auto& [key, value] : j.items()) {
        (void)value;
        bool known = false;
        for (const char* k : kKnownFields) known = known || key == k;
        if (!known) bad("unknown field '" + key + "'");
    }
    AssessmentInput in;
    if (auto sex = optional_string(j, "sex")) {
        in.sex = sex_from_name(*sex);
        if (!in.sex) bad("'sex' must be \"male\" or \"female\", got \"" + *sex + "\"");
    }
    if (auto it = j.find("age"); it != j.end() && !it->is_null()) {
        // 50 and 50.0 are the same age; 50.5 or "50" are not whole years.
        const bool whole = it->is_number_integer() || (it->is_number_float() && std::floor(it->get<double>()) == it->get<double>());
        if (!whole) bad("'age' must be a whole number of years, got " + it->dump());
        const double age = it->get<double>();
        if (age < 0 || age > 130) bad("'age' must be between 0 and 130, got " + it->dump());
        in.age = static_cast<int>(age);
    }
    if (auto origin = optional_string(j, "origin")) {
        auto group = origin_from_name(*origin);
        if (!group) bad("'origin' must be europid, south_asian, other_asian, african, middle_eastern or unknown, got \"" + *origin + "\"");
        in.origin = *group;
    }
    in.smoker = optional_bool(j, "smoker");
    in.diabetes = optional_bool(j, "diabetes");
    in.fasting = optional_bool(j, "fasting");
    in.known_cvd = optional_bool(j, "known_cvd").value_or(false);
    in.bp_medication = optional_bool(j, "bp_medication").value_or(false);
    in.lipid_medication = optional_bool(j, "lipid_medication").value_or(false);
    in.visceral_fat_scale = optional_string(j, "visceral_fat_scale").value_or("");
    read_measurements(j, in);
    return in;
}

std::string assessment_to_json(const Assessment& a) {
    ordered_json out;
    out["ruleset"] = a.ruleset_id;
    ordered_json lights = ordered_json::object();
    for (const MeasureLight& l : a.lights) {
        ordered_json light;
        if (l.parts.size() > 1) {
            light["value"] = l.display;  // "140/85"
        } else if (l.decimals == 0) {
            light["value"] = std::llround(l.value);
        } else {
            light["value"] = l.value;  // already rounded to the display decimals
        }
        light["colour"] = std::string(light_name(l.colour));
        light["urgent"] = l.urgent;
        lights[l.key] = light;
    }
    out["lights"] = lights;
    if (a.score2) {
        out["score2"] = {{"model", a.score2->model},
                         {"risk_percent", std::round(a.score2->risk_percent * 100.0) / 100.0},
                         {"category", a.score2->category}};
    } else {
        out["score2"] = nullptr;
    }
    out["score2_reason"] = a.score2_reason ? ordered_json(a.score2_reason) : ordered_json(nullptr);
    if (a.heart_age) {
        out["heart_age"] = {{"years", std::round(a.heart_age->years * 10.0) / 10.0}, {"method", a.heart_age->method}};
    } else {
        out["heart_age"] = nullptr;
    }
    return out.dump(2);
}

}  // namespace gc
