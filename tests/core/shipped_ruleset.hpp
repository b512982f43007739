#pragma once
// The shipped ruleset, parsed once for the tests (tests may read files; the core may not).
#include "core/rules/ruleset.hpp"

#include <fstream>
#include <sstream>
#include <string>

namespace gc::test {

inline std::string read_file(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline const Ruleset& shipped_ruleset() {
    static const Ruleset rules = [] {
        const std::string path = std::string(GC_TEST_SOURCE_DIR) + "/assets/rules/" + std::string(kDefaultRulesetId) + ".toml";
        return Ruleset::parse(read_file(path), path);
    }();
    return rules;
}

}  // namespace gc::test
