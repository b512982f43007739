// Opening the store: key, cipher check, durability settings, migrations.
#include "store/impl.hpp"
#include "store/migrations.hpp"

#include <sqlite3.h>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <string>
#include <system_error>

namespace gc::store {
namespace {

StoreError invalid(std::string detail) { return StoreError{ErrorKind::InvalidInput, std::move(detail)}; }

// Settings that must hold on every connection. WAL + synchronous=FULL: a commit that returned
// is on disk. secure_delete: erased rows are overwritten, not just unlinked.
Status configure(sql::Connection& db) {
    auto mode = db.scalar("PRAGMA journal_mode = WAL");
    if (!mode) return mode.error();
    if (mode.value().value_or("") != "wal") {
        return StoreError{ErrorKind::Io, "the database could not switch to WAL mode"};
    }
    return db.exec("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA secure_delete = ON;");
}

// Removes what a failed first open created, so a failure never leaves a half-made database.
void remove_new_files(const std::filesystem::path& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::filesystem::remove(path.string() + suffix, ignored);
    }
}

// "file:" URI of `path` with the characters URIs give a meaning escaped.
std::string file_uri(const std::filesystem::path& path) {
    std::string uri = "file:";
    for (char c : path.string()) {
        if (c == '%' || c == '?' || c == '#') {
            static constexpr char kHex[] = "0123456789ABCDEF";
            const auto byte = static_cast<unsigned char>(c);
            uri += '%';
            uri += kHex[byte >> 4];
            uri += kHex[byte & 0xF];
        } else {
            uri += c;
        }
    }
    return uri;
}

// After a crash the -wal and -shm hold the latest commits. Any normal open rebuilds the -shm,
// and closing may checkpoint the WAL into the database: a wrong passphrase must not change a
// byte. So the key is first tried on the main file alone, opened immutable (read-only, no
// locks, WAL and -shm untouched). Only a definite "wrong key" counts; anything else is left
// to the normal open, which recovers the WAL.
Status probe_key_without_wal(const std::filesystem::path& path, std::string_view passphrase, int kdf_iterations) {
    std::error_code ec;
    if (!std::filesystem::exists(path.string() + "-wal", ec)) return Done{};
    auto probe = detail::open_keyed(file_uri(path) + "?immutable=1", passphrase, kdf_iterations,
                                    SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (!probe && probe.error().kind == ErrorKind::WrongPassphrase) return probe.error();
    return Done{};
}

}  // namespace

namespace detail {

Status create_private_file(const std::filesystem::path& path) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int error = errno;
        const ErrorKind kind = error == ENOSPC || error == EDQUOT ? ErrorKind::DiskFull
                               : error == EACCES || error == EPERM ? ErrorKind::PermissionDenied
                                                                   : ErrorKind::Io;
        return StoreError{kind,
                          "cannot create " + path.string() + ": " + std::system_category().message(error)};
    }
    ::close(fd);
    return Done{};
}

Result<sql::Connection> open_keyed(const std::filesystem::path& path, std::string_view passphrase,
                                   int kdf_iterations, int flags) {
    if (passphrase.empty()) return invalid("an empty passphrase would leave the database unencrypted");
    if (kdf_iterations < 1) return invalid("the KDF iteration count must be positive");
    auto opened = sql::Connection::open(path, flags);
    if (!opened) return opened.error();
    auto& db = opened.value();
    // If plain libsqlite3 won the symbol race, PRAGMA key is silently ignored and data would
    // be written in plaintext. SQLCipher answers this pragma; plain SQLite returns no row.
    auto cipher = db.scalar("PRAGMA cipher_version");
    if (!cipher) return cipher.error();
    if (!cipher.value()) {
        return StoreError{ErrorKind::NotEncrypted,
                          "PRAGMA cipher_version returned nothing: this process uses plain SQLite"};
    }
    const int rc = sqlite3_key(db.handle(), passphrase.data(), static_cast<int>(passphrase.size()));
    if (rc != SQLITE_OK) return sql::to_error(db.handle(), rc, "setting the key");
    auto iterations = db.exec("PRAGMA kdf_iter = " + std::to_string(kdf_iterations));
    if (!iterations) return iterations.error();
    // A wrong key is only noticed when the first page is decrypted: read the schema now.
    auto probe = db.scalar("SELECT count(*) FROM sqlite_master");
    if (!probe) {
        auto error = probe.error();
        if (error.kind == ErrorKind::WrongPassphrase) {
            error.detail = "the passphrase does not open this database (" + error.detail + ")";
        }
        return error;
    }
    sqlite3_busy_timeout(db.handle(), 2000);
    return std::move(opened.value());
}

}  // namespace detail

Result<Store> Store::open(const std::filesystem::path& path, std::string_view passphrase,
                          const OpenOptions& options) {
    std::error_code ec;
    const bool exists = std::filesystem::exists(path, ec);
    if (!exists && !options.create_if_missing) {
        return StoreError{ErrorKind::DatabaseMissing, "no database file at the given path"};
    }
    // CREATE even for an existing file: ATTACH (backup) inherits these flags and must be able
    // to create the copy. Whether the main file may be created was decided just above.
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    auto failed = [&](StoreError error) -> Result<Store> {
        if (!exists) remove_new_files(path);
        return error;
    };
    if (!exists) {
        if (auto status = detail::create_private_file(path); !status) return status.error();
    }
    if (exists) {
        if (auto status = probe_key_without_wal(path, passphrase, options.kdf_iterations); !status) return status.error();
    }
    auto db = detail::open_keyed(path, passphrase, options.kdf_iterations, flags);
    if (!db) return failed(db.error());
    if (auto status = configure(db.value()); !status) return failed(status.error());
    if (auto status = migrate(db.value(), latest_schema_version()); !status) return failed(status.error());

    auto impl = std::make_unique<Impl>();
    impl->db = std::move(db.value());
    impl->path = path;
    impl->kdf_iterations = options.kdf_iterations;
    return Store(std::move(impl));
}

int Store::schema_version() { return latest_schema_version(); }

Store::Store(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

const std::filesystem::path& Store::path() const { return m_impl->path; }

Status Store::in_one_transaction(const std::function<Status()>& work) {
    auto tx = sql::Transaction::begin(m_impl->db);
    if (!tx) return tx.error();
    auto status = work();
    if (!status) return status;  // the transaction rolls back as it goes out of scope
    return tx.value().commit();
}

}  // namespace gc::store
