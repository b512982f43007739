#include "report/export/exports.hpp"

#include "report/export/anonymise.hpp"
#include "report/export/fhir_bundle.hpp"
#include "report/export/municipality.hpp"
#include "report/export/research.hpp"
#include "report/sheet.hpp"
#include "report/sheet_from_store.hpp"
#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

namespace gc::exports {
namespace {

using store::ErrorKind;
using store::StoreError;

StoreError file_error(int error, const std::string& what) {
    ErrorKind kind = ErrorKind::Io;
    if (error == ENOSPC || error == EDQUOT || error == EFBIG) kind = ErrorKind::DiskFull;
    if (error == EACCES || error == EPERM || error == EROFS) kind = ErrorKind::PermissionDenied;
    return StoreError{kind, what + ": " + std::strerror(error)};
}

store::Status write_all(int fd, const std::string& content) {
    std::size_t done = 0;
    while (done < content.size()) {
        const auto n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return file_error(errno, "writing an export file");
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd) != 0) return file_error(errno, "flushing an export file");
    return store::Done{};
}

void remove_files(const std::vector<std::filesystem::path>& files) {
    std::error_code ignored;
    for (const auto& f : files) std::filesystem::remove(f, ignored);
}

// Logs the export; if that fails, takes the files back (an export nobody logged never happened).
store::Result<ExportSummary> log_export(store::Store& store, ExportSummary summary, const ExportOptions& options,
                                        const std::string& object_kind, const std::vector<std::int64_t>& ids) {
    auto logged = store.in_one_transaction([&]() -> store::Status {
        for (auto id : ids) {
            auto status = store.audit(store::AuditEntry{options.actor, store::AuditAction::Exported, object_kind, id,
                                                        options.now});
            if (!status) return status;
        }
        return store::Done{};
    });
    if (!logged) {
        remove_files(summary.files);
        return logged.error();
    }
    return summary;
}

store::Result<ClinicalCodeMap> load_codes() {
    const auto path = asset_path("report/clinical_codes.toml");
    auto text = read_text_file(path);
    if (!text) return StoreError{ErrorKind::Io, "cannot read " + path.string()};
    try {
        return report::parse_clinical_codes(*text, path.string());
    } catch (const report::ClinicalCodesError& e) {
        return StoreError{ErrorKind::InvalidInput, e.what()};
    }
}

store::Status make_dir(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return file_error(ec.value(), "making the export folder");
    return store::Done{};
}

// Writes one CSV export and logs it.
store::Result<ExportSummary> write_csv(store::Store& store, const std::filesystem::path& file, const CsvTable& csv,
                                       ExportSummary summary, const ExportOptions& options,
                                       const std::string& object_kind, const std::vector<std::int64_t>& ids) {
    if (file.has_parent_path()) {
        if (auto made = make_dir(file.parent_path()); !made) return made.error();
    }
    if (auto written = write_file_atomically(file, to_csv(csv)); !written) return written.error();
    summary.files.push_back(file);
    return log_export(store, std::move(summary), options, object_kind, ids);
}

// The PDF sheet of `visit` at `stem`.pdf, as the participant took it home.
store::Result<std::filesystem::path> write_sheet(store::Store& store, const VisitRecord& visit,
                                                 const ClinicalCodeMap& codes, const ExportOptions& options,
                                                 const std::filesystem::path& stem) {
    auto content = report::sheet_from_store(store, visit.visit.id, *options.rules, options.kiosk_id, options.offers);
    if (!content) return content.error();
    std::string pdf;
    try {
        pdf = report::render_sheet_pdf(content.value(), codes);
    } catch (const std::exception& e) {
        return StoreError{ErrorKind::Internal, std::string("rendering a sheet: ") + e.what()};
    }
    auto path = stem;
    path += ".pdf";
    if (auto written = write_file_atomically(path, pdf); !written) return written.error();
    return path;
}

}  // namespace

store::Status write_file_atomically(const std::filesystem::path& path, const std::string& content) {
    const auto temporary = path.string() + ".part";
    const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return file_error(errno, "creating an export file");
    auto written = write_all(fd, content);
    if (::close(fd) != 0 && written) written = file_error(errno, "closing an export file");
    if (written && ::rename(temporary.c_str(), path.c_str()) != 0) written = file_error(errno, "naming an export file");
    if (!written) ::unlink(temporary.c_str());
    return written;
}

store::Result<ExportSummary> export_gp(store::Store& store, const std::filesystem::path& dir,
                                       const ExportOptions& options) {
    auto codes = load_codes();
    if (!codes) return codes.error();
    auto records = load_visit_records(store);
    if (!records) return records.error();
    std::map<std::int64_t, std::vector<const VisitRecord*>> consenting;  // by participant
    std::map<std::int64_t, bool> seen;
    for (const auto& v : records.value()) {
        seen[v.participant.id.value] = true;
        if (v.shares_with_gp()) consenting[v.participant.id.value].push_back(&v);
    }
    ExportSummary summary;
    summary.skipped = static_cast<int>(seen.size() - consenting.size());
    std::vector<std::int64_t> ids;
    for (const auto& [participant, visits] : consenting) {
        const auto folder = dir / practice_folder(visits.front()->participant.info.gp_practice);
        if (auto made = make_dir(folder); !made) {
            remove_files(summary.files);
            return made.error();
        }
        const auto bundle = gp_bundle(visits, codes.value(), options.now, random_uuid_urn);
        const auto file = folder / ("groepsconsult-" + std::to_string(participant) + ".json");
        if (auto written = write_file_atomically(file, bundle.dump(2) + "\n"); !written) {
            remove_files(summary.files);
            return written.error();
        }
        summary.files.push_back(file);
        if (options.rules != nullptr) {
            auto pdf = write_sheet(store, *visits.back(), codes.value(), options, folder / file.stem());
            if (!pdf) {
                remove_files(summary.files);
                return pdf.error();
            }
            summary.files.push_back(pdf.value());
        }
        ids.push_back(participant);
        ++summary.exported;
    }
    return log_export(store, std::move(summary), options, "participant", ids);
}

store::Result<ExportSummary> export_municipality(store::Store& store, const std::filesystem::path& file,
                                                 const ExportOptions& options) {
    auto records = load_visit_records(store);
    if (!records) return records.error();
    const auto table = municipality_table(records.value());
    ExportSummary summary;
    summary.exported = table.people;
    summary.skipped = table.skipped;
    return write_csv(store, file, table.csv, std::move(summary), options, "database", {0});
}

store::Result<ExportSummary> export_research(store::Store& store, const std::filesystem::path& file,
                                             const ExportOptions& options) {
    auto key = store.pseudonym_key();
    if (!key) return key.error();
    auto records = load_visit_records(store);
    if (!records) return records.error();
    const auto table = research_table(records.value(), key.value());
    ExportSummary summary;
    summary.exported = table.visits;
    summary.skipped = table.skipped;
    std::vector<std::int64_t> ids;
    for (const auto& v : records.value()) {
        if (v.shares_for_research()) ids.push_back(v.visit.id.value);
    }
    return write_csv(store, file, table.csv, std::move(summary), options, "visit", ids);
}

store::Result<ExportSummary> export_follow_up(store::Store& store, FollowUpDue due, const std::filesystem::path& file,
                                              const ExportOptions& options) {
    auto records = load_visit_records(store);
    if (!records) return records.error();
    const auto list = follow_up_list(records.value(), due);
    ExportSummary summary;
    summary.exported = static_cast<int>(list.visits.size());
    std::vector<std::int64_t> ids;
    for (auto id : list.visits) ids.push_back(id.value);
    return write_csv(store, file, list.csv, std::move(summary), options, "visit", ids);
}

std::filesystem::path default_export_path(const std::filesystem::path& dir, ExportKind kind, store::WallTime at) {
    const auto date = fhir_instant(at).substr(0, 10);
    switch (kind) {
        case ExportKind::Gp: return dir / ("huisarts-" + date);
        case ExportKind::Municipality: return dir / ("gemeente-" + date + ".csv");
        case ExportKind::Research: return dir / ("onderzoek-" + date + ".csv");
        case ExportKind::FollowUpWeek6: return dir / ("bellijst-week6-" + date + ".csv");
        case ExportKind::FollowUpMonth6: return dir / ("uitnodigen-maand6-" + date + ".csv");
    }
    return dir;
}

store::Result<ExportSummary> run_export(store::Store& store, ExportKind kind, const std::filesystem::path& out,
                                        const ExportOptions& options) {
    switch (kind) {
        case ExportKind::Gp: return export_gp(store, out, options);
        case ExportKind::Municipality: return export_municipality(store, out, options);
        case ExportKind::Research: return export_research(store, out, options);
        case ExportKind::FollowUpWeek6: return export_follow_up(store, FollowUpDue::Week6, out, options);
        case ExportKind::FollowUpMonth6: return export_follow_up(store, FollowUpDue::Month6, out, options);
    }
    return store::StoreError{store::ErrorKind::InvalidInput, "unknown export kind"};
}

}  // namespace gc::exports
