#include "report/clinical_codes.hpp"

#include "core/measure.hpp"

#include <toml++/toml.h>

namespace gc::report {

std::map<std::string, ClinicalCodes> parse_clinical_codes(std::string_view toml_text, std::string_view source) {
    const std::string where(source);
    toml::table table;
    try {
        table = toml::parse(toml_text, where);
    } catch (const toml::parse_error& e) {
        throw ClinicalCodesError(where + ": " + std::string(e.description()));
    }
    std::map<std::string, ClinicalCodes> codes;
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        if (!measure_from_name(name)) throw ClinicalCodesError(where + ": unknown measure [" + name + "]");
        const toml::table* entry = node.as_table();
        if (entry == nullptr) throw ClinicalCodesError(where + ": [" + name + "] is not a table");
        ClinicalCodes c;
        c.loinc = entry->get_as<std::string>("loinc") ? entry->get_as<std::string>("loinc")->get() : "";
        if (c.loinc.empty()) throw ClinicalCodesError(where + ": [" + name + "] has no loinc code");
        if (const auto* nhg = entry->get_as<std::string>("nhg")) c.nhg = nhg->get();
        codes.emplace(name, std::move(c));
    }
    return codes;
}

}  // namespace gc::report
