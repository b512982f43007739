// Audit log, counts, integrity, erasure, backup/restore and rekey.
#include "store/impl.hpp"
#include "store/migrations.hpp"

#include <sqlite3.h>

#include <string>
#include <system_error>

namespace gc::store {
namespace {

using detail::from_ms;
using detail::to_ms;

StoreError invalid(std::string detail) { return StoreError{ErrorKind::InvalidInput, std::move(detail)}; }

Status insert_audit(sql::Connection& db, const AuditEntry& e) {
    auto stmt = db.prepare(
        "INSERT INTO audit_log (at_ms, actor, action, object_kind, object_id) VALUES (?, ?, ?, ?, ?)");
    if (!stmt) return stmt.error();
    stmt.value().bind(1, to_ms(e.at)).bind(2, e.actor).bind(3, audit_action_name(e.action));
    stmt.value().bind(4, e.object_kind).bind(5, e.object_id);
    return stmt.value().run("writing the audit log");
}

Status audited(sql::Connection& db, std::string_view actor, AuditAction action, WallTime at) {
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    if (auto status = insert_audit(db, AuditEntry{std::string(actor), action, "database", 0, at}); !status) {
        return status;
    }
    return tx.value().commit();
}

Result<std::int64_t> count_rows(sql::Connection& db, std::string_view table) {
    auto value = db.scalar("SELECT count(*) FROM " + std::string(table));
    if (!value) return value.error();
    return std::stoll(value.value().value_or("0"));
}

Status integrity_of(sql::Connection& db) {
    auto stmt = db.prepare("PRAGMA integrity_check");
    if (!stmt) return stmt.error();
    auto row = stmt.value().step("checking integrity");
    if (!row) return row.error();
    const std::string first = row.value() ? stmt.value().text(0) : std::string("no result");
    if (first == "ok") return Done{};
    return StoreError{ErrorKind::Corrupt, "integrity check: " + first};
}

// Moves every WAL frame into the database and empties the WAL, so no frame written with an
// old key or holding erased rows stays behind. Best effort: a reader may hold frames.
void checkpoint_and_truncate(sql::Connection& db) { (void)db.exec("PRAGMA wal_checkpoint(TRUNCATE)"); }

}  // namespace

namespace detail {

Status export_encrypted(sql::Connection& db, const std::filesystem::path& destination,
                        std::string_view passphrase, int kdf_iterations) {
    if (passphrase.empty()) return invalid("an empty passphrase would make an unencrypted copy");
    std::error_code ec;
    if (std::filesystem::exists(destination, ec)) {
        return StoreError{ErrorKind::AlreadyExists, "the destination file already exists"};
    }
    auto version = schema_version_of(db);
    if (!version) return version.error();
    if (auto status = create_private_file(destination); !status) return status;
    auto attach = db.prepare("ATTACH DATABASE ? AS export_target KEY ?");
    if (!attach) return attach.error();
    attach.value().bind(1, destination.string()).bind(2, passphrase);
    if (auto status = attach.value().run("creating the encrypted copy"); !status) {
        std::filesystem::remove(destination, ec);
        return status;
    }
    // The iteration count is part of the key: the copy must be opened with the same one.
    Status exported = db.exec("PRAGMA export_target.kdf_iter = " + std::to_string(kdf_iterations));
    if (exported) exported = db.exec("SELECT sqlcipher_export('export_target')");
    if (exported) exported = db.exec("PRAGMA export_target.user_version = " + std::to_string(version.value()));
    const auto detached = db.exec("DETACH DATABASE export_target");
    if (!exported || !detached) {
        std::filesystem::remove(destination, ec);
        return exported ? detached : exported;
    }
    return Done{};
}

}  // namespace detail

Status Store::audit(const AuditEntry& entry) {
    if (entry.actor.empty() || entry.object_kind.empty()) return invalid("audit entry without actor or object kind");
    auto tx = sql::Transaction::begin(m_impl->db);
    if (!tx) return tx.error();
    if (auto status = insert_audit(m_impl->db, entry); !status) return status;
    return tx.value().commit();
}

Result<std::vector<AuditEntry>> Store::audit_log() {
    auto stmt = m_impl->db.prepare("SELECT at_ms, actor, action, object_kind, object_id FROM audit_log ORDER BY id");
    if (!stmt) return stmt.error();
    std::vector<AuditEntry> entries;
    for (;;) {
        auto row = stmt.value().step("reading the audit log");
        if (!row) return row.error();
        if (!row.value()) return entries;
        auto& s = stmt.value();
        entries.push_back(AuditEntry{s.text(1), audit_action_from_name(s.text(2)).value_or(AuditAction::Viewed),
                                     s.text(3), s.int64(4), from_ms(s.int64(0))});
    }
}

Result<Counts> Store::counts() {
    Counts counts;
    auto participants = count_rows(m_impl->db, "participants");
    if (!participants) return participants.error();
    auto visits = count_rows(m_impl->db, "visits");
    if (!visits) return visits.error();
    auto measurements = count_rows(m_impl->db, "measurements");
    if (!measurements) return measurements.error();
    counts.participants = participants.value();
    counts.visits = visits.value();
    counts.measurements = measurements.value();
    return counts;
}

Status Store::check_integrity() { return integrity_of(m_impl->db); }

Status Store::erase_participant(std::string_view card_code, std::string_view actor, WallTime at) {
    auto participant = find_participant(card_code);
    if (!participant) return participant.error();
    const auto id = participant.value().id.value;
    auto& db = m_impl->db;
    auto tx = sql::Transaction::begin(db);
    if (!tx) return tx.error();
    // Visits and everything recorded in them go by ON DELETE CASCADE; secure_delete zeroes them.
    auto erase = db.prepare("DELETE FROM participants WHERE id = ?");
    if (!erase) return erase.error();
    erase.value().bind(1, id);
    if (auto status = erase.value().run("erasing a participant"); !status) return status;
    if (auto status = insert_audit(db, AuditEntry{std::string(actor), AuditAction::Erased, "participant", id, at});
        !status) {
        return status;
    }
    if (auto status = tx.value().commit(); !status) return status;
    checkpoint_and_truncate(db);
    return Done{};
}

Status Store::backup_to(const std::filesystem::path& destination, std::string_view passphrase,
                        std::string_view actor, WallTime at) {
    if (auto status = detail::export_encrypted(m_impl->db, destination, passphrase, m_impl->kdf_iterations);
        !status) {
        return status;
    }
    return audited(m_impl->db, actor, AuditAction::BackedUp, at);
}

Status Store::rekey(std::string_view new_passphrase, std::string_view actor, WallTime at) {
    if (new_passphrase.empty()) return invalid("an empty passphrase would decrypt the database");
    const int rc = sqlite3_rekey(m_impl->db.handle(), new_passphrase.data(), static_cast<int>(new_passphrase.size()));
    if (rc != SQLITE_OK) return sql::to_error(m_impl->db.handle(), rc, "changing the passphrase");
    checkpoint_and_truncate(m_impl->db);
    return audited(m_impl->db, actor, AuditAction::Rekeyed, at);
}

Status Store::restore(const std::filesystem::path& source, std::string_view source_passphrase,
                      const std::filesystem::path& destination, std::string_view passphrase,
                      const OpenOptions& options) {
    std::error_code ec;
    if (!std::filesystem::exists(source, ec)) return StoreError{ErrorKind::DatabaseMissing, "no backup at the given path"};
    if (std::filesystem::exists(destination, ec)) {
        return StoreError{ErrorKind::AlreadyExists, "the database to restore to already exists; move it away first"};
    }
    {
        auto backup = detail::open_keyed(source, source_passphrase, options.kdf_iterations,
                                          SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
        if (!backup) return backup.error();
        if (auto status = integrity_of(backup.value()); !status) return status;
        if (auto status = detail::export_encrypted(backup.value(), destination, passphrase, options.kdf_iterations);
            !status) {
            return status;
        }
    }
    OpenOptions existing = options;
    existing.create_if_missing = false;
    auto restored = Store::open(destination, passphrase, existing);  // migrates an older backup
    if (!restored) return restored.error();
    return audited(restored.value().m_impl->db, "restore", AuditAction::Restored, wall_now());
}

}  // namespace gc::store
