#pragma once
// Every subcommand of `groepsconsult` adds itself to the app here. A command's callback stores
// the process exit code in `exit_code` (0 ok, 1 failure, 2 bad input).
#include <CLI/CLI.hpp>

namespace gc::cli {

void register_commands(CLI::App& app, int& exit_code);

// One per *_command.cpp:
void add_version_command(CLI::App& app, int& exit_code);
void add_assess_command(CLI::App& app, int& exit_code);

}  // namespace gc::cli
