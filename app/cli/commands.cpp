#include "cli/commands.hpp"

namespace gc::cli {

void register_commands(CLI::App& app, int& exit_code) {
    add_version_command(app, exit_code);
    add_assess_command(app, exit_code);
    add_devices_command(app, exit_code);
    add_card_command(app, exit_code);
    add_print_file_command(app, exit_code);
    add_sheet_command(app, exit_code);
    add_print_command(app, exit_code);
    add_printer_status_command(app, exit_code);
    add_init_command(app, exit_code);
    add_check_command(app, exit_code);
    add_backup_command(app, exit_code);
    add_restore_command(app, exit_code);
    add_rekey_command(app, exit_code);
    add_erase_command(app, exit_code);
    add_demo_data_command(app, exit_code);
    add_export_command(app, exit_code);
    add_followup_command(app, exit_code);
    add_pin_hash_command(app, exit_code);
    add_webcam_command(app, exit_code);
}

}  // namespace gc::cli
