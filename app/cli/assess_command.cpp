// `groepsconsult assess`: one JSON object on stdin -> the assessment as one JSON object on stdout.
// The CLI reads the ruleset file; the core only parses text.
#include "cli/commands.hpp"
#include "core/assessment_json.hpp"
#include "core/rules/ruleset.hpp"
#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"

#include <iostream>
#include <memory>
#include <sstream>
#include <string>

namespace gc::cli {

void add_assess_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand("assess", "Traffic lights and risk estimates: JSON on stdin, JSON on stdout");
    struct Options {
        std::string ruleset_id = std::string(kDefaultRulesetId);
        std::string ruleset_file;
    };
    auto opt = std::make_shared<Options>();
    cmd->add_option("--ruleset", opt->ruleset_id, "Ruleset id (assets/rules/<id>.toml)")->capture_default_str();
    cmd->add_option("--ruleset-file", opt->ruleset_file, "Ruleset file to use instead of an installed id");
    cmd->callback([opt, &exit_code] {
        const std::filesystem::path path = opt->ruleset_file.empty()
                                               ? asset_path("rules/" + opt->ruleset_id + ".toml")
                                               : std::filesystem::path(opt->ruleset_file);
        auto text = read_text_file(path);
        if (!text) {
            std::cerr << "groepsconsult assess: cannot read ruleset " << path << "\n";
            exit_code = 1;
            return;
        }
        std::optional<Ruleset> rules;
        try {
            rules = Ruleset::parse(*text, path.string());
        } catch (const RulesetError& e) {
            std::cerr << "groepsconsult assess: invalid ruleset: " << e.what() << "\n";
            exit_code = 1;
            return;
        }
        std::ostringstream input;
        input << std::cin.rdbuf();
        try {
            std::cout << assessment_to_json(assess(*rules, assessment_input_from_json(input.str()))) << "\n";
            exit_code = 0;
        } catch (const AssessmentInputError& e) {
            std::cerr << "groepsconsult assess: bad input: " << e.what() << "\n";
            exit_code = 2;
        }
    });
}

}  // namespace gc::cli
