#pragma once
// The four exports, as the CLI (`groepsconsult export ...`, `groepsconsult followup`) and host
// mode's "Exporteren" panel run them: read the store, build the files, write them (each file
// complete or not at all), then log every export in the audit log (AuditAction::Exported:
// per participant or visit for personal exports, once for the anonymous one). If the log entry
// cannot be written, the files just written are removed again and the export fails.
#include "core/offers/offers.hpp"
#include "core/rules/ruleset.hpp"
#include "report/export/follow_up_list.hpp"
#include "store/store.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gc::exports {

struct ExportOptions {
    std::string actor{"cli"};  // who the audit log names
    store::WallTime now{store::wall_now()};
    // GP export: with a ruleset, the PDF sheet of the participant's latest shared visit goes
    // next to each bundle (report/sheet_from_store.hpp; needs i18n initialised).
    const Ruleset* rules{nullptr};
    std::string kiosk_id{"groepsconsult"};  // named on the sheet's GP page
    std::vector<OfferCatalog> offers{};     // the sheet's offers with their contact (sheet_from_store)
};

struct ExportSummary {
    int exported{0};  // participants (gp), people (municipality), visits (research, follow-up)
    int skipped{0};   // without the consent this export needs
    std::vector<std::filesystem::path> files;
};

// DIR/<practice>/groepsconsult-<participant>.json (+ .pdf with options.rules); DIR is made.
store::Result<ExportSummary> export_gp(store::Store& store, const std::filesystem::path& dir,
                                       const ExportOptions& options = {});
store::Result<ExportSummary> export_municipality(store::Store& store, const std::filesystem::path& file,
                                                 const ExportOptions& options = {});
store::Result<ExportSummary> export_research(store::Store& store, const std::filesystem::path& file,
                                             const ExportOptions& options = {});
store::Result<ExportSummary> export_follow_up(store::Store& store, FollowUpDue due, const std::filesystem::path& file,
                                              const ExportOptions& options = {});

// The exports by kind, for host mode: each to a dated name in one folder (the USB stick):
// huisarts-YYYY-MM-DD/, gemeente-YYYY-MM-DD.csv, onderzoek-YYYY-MM-DD.csv,
// bellijst-week6-YYYY-MM-DD.csv, uitnodigen-maand6-YYYY-MM-DD.csv (UTC date of `at`).
enum class ExportKind { Gp, Municipality, Research, FollowUpWeek6, FollowUpMonth6 };
std::filesystem::path default_export_path(const std::filesystem::path& dir, ExportKind kind, store::WallTime at);
store::Result<ExportSummary> run_export(store::Store& store, ExportKind kind, const std::filesystem::path& out,
                                        const ExportOptions& options = {});

// Writes `content` to `path` through a temporary file in the same folder, flushed and renamed:
// a full USB stick or a pulled stick leaves no half file. Errors: DiskFull, PermissionDenied, Io.
store::Status write_file_atomically(const std::filesystem::path& path, const std::string& content);

}  // namespace gc::exports
