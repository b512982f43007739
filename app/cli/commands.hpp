#pragma once
// Every subcommand of `groepsconsult` adds itself to the app here. A command's callback stores
// the process exit code in `exit_code` (0 ok, 1 failure, 2 bad input).
#include <CLI/CLI.hpp>

namespace gc::cli {

void register_commands(CLI::App& app, int& exit_code);

// One per *_command.cpp:
void add_version_command(CLI::App& app, int& exit_code);
void add_assess_command(CLI::App& app, int& exit_code);
void add_devices_command(CLI::App& app, int& exit_code);
void add_card_command(CLI::App& app, int& exit_code);
void add_print_file_command(CLI::App& app, int& exit_code);
void add_sheet_command(CLI::App& app, int& exit_code);
void add_print_command(CLI::App& app, int& exit_code);
void add_printer_status_command(CLI::App& app, int& exit_code);
void add_init_command(CLI::App& app, int& exit_code);
void add_check_command(CLI::App& app, int& exit_code);
void add_backup_command(CLI::App& app, int& exit_code);
void add_restore_command(CLI::App& app, int& exit_code);
void add_rekey_command(CLI::App& app, int& exit_code);
void add_erase_command(CLI::App& app, int& exit_code);
void add_demo_data_command(CLI::App& app, int& exit_code);
void add_export_command(CLI::App& app, int& exit_code);
void add_followup_command(CLI::App& app, int& exit_code);
void add_pin_hash_command(CLI::App& app, int& exit_code);
void add_webcam_command(CLI::App& app, int& exit_code);

}  // namespace gc::cli
