#pragma once
// Every store call returns a Result: the value, or a StoreError saying what kind of thing went
// wrong. The kind is what the UI acts on (and shows via kind_msgid() in the user's language);
// `detail` is a technical English line for logs and the CLI, never containing personal data.
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace gc::store {

enum class ErrorKind {
    WrongPassphrase,   // key does not open the file (or the file is not a database at all)
    DatabaseMissing,   // no database at the path and creating was not asked for
    AlreadyExists,     // the target of a backup/restore/init already exists
    DiskFull,          // no space, quota or file-size limit reached; nothing was half-written
    Corrupt,           // integrity check failed or a page could not be read
    Busy,              // another program holds the database (second kiosk instance?)
    PermissionDenied,  // the file or directory cannot be opened/written by this user
    NotEncrypted,      // SQLCipher is not the SQLite in this process: refusing to write plaintext
    SchemaTooNew,      // written by a newer version of the kiosk
    NotFound,          // no such card code / visit / session
    InvalidInput,      // bad card code, unknown measure, empty passphrase, ...
    Io,                // other read/write failure of the device
    Internal,          // a bug: an SQL statement the store itself got wrong
};

// Stable machine name ("wrong_passphrase", "disk_full", ...), for logs and the CLI.
std::string_view kind_name(ErrorKind kind);
// Dutch B1 sentence for people, marked N_() (msgid); the i18n layer translates it.
std::string_view kind_msgid(ErrorKind kind);

struct StoreError {
    ErrorKind kind{ErrorKind::Internal};
    std::string detail;  // technical, English, no names/card codes/values

    // "disk_full: database or disk is full (while inserting measurement)"
    std::string describe() const;
};

// A value or an error. Minimal on purpose (C++17 has no std::expected).
template <class T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::move(value)) {}              // NOLINT: implicit by design
    Result(StoreError error) : m_v(std::move(error)) {}     // NOLINT
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(m_v); }
    const T& value() const& { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const StoreError& error() const { return std::get<1>(m_v); }

private:
    std::variant<T, StoreError> m_v;
};

struct Done {};  // the value of a call that only succeeds or fails
using Status = Result<Done>;

}  // namespace gc::store
