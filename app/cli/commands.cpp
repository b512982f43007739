#include "cli/commands.hpp"

namespace gc::cli {

void register_commands(CLI::App& app, int& exit_code) {
    add_version_command(app, exit_code);
    add_assess_command(app, exit_code);
}

}  // namespace gc::cli
