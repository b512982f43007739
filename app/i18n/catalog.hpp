#pragma once
// One compiled gettext catalog (.mo) for one language. Read-only once loaded, so a Catalog of
// its own may serve another thread (e.g. the sheet in the participant's language) while the
// UI thread switches languages with i18n.hpp.
//
// Built on Boost.Locale's gettext reader (Debian libboost-locale-dev): it reads .mo files and
// evaluates their Plural-Forms itself, so it needs no generated system locales (a fresh
// Debian has no nl_NL.UTF-8) and never touches setlocale() or the environment, unlike libintl.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace gc::i18n {

class Catalog {
public:
    // Loads <path>. On a missing, unreadable or corrupt file returns nullopt and sets *error to a
    // message for the host (names the file and what is wrong; never shown to a participant).
    static std::optional<Catalog> load(const std::filesystem::path& mo_file, std::string* error);

    // Where the catalog for a language is expected: <dir>/<code>/LC_MESSAGES/groepsconsult.mo.
    static std::filesystem::path path_for(const std::filesystem::path& locale_dir, const std::string& code);

    // Translation of msgid (context may be nullptr), or nullptr when the catalog has none.
    // The pointer stays valid as long as this Catalog (or a moved-to copy) lives.
    const char* find(const char* context, const char* msgid) const;
    // Plural form for n chosen by the catalog's Plural-Forms, or nullptr when missing.
    const char* find_plural(const char* context, const char* singular, unsigned long n) const;

    // Like find(), but never nullptr: the Dutch msgid when there is no translation.
    const char* get(const char* context, const char* msgid) const;
    // Like find_plural(), falling back to the Dutch singular (n == 1) or plural.
    const char* get_plural(const char* context, const char* singular, const char* plural, unsigned long n) const;

    Catalog(Catalog&&) noexcept;
    Catalog& operator=(Catalog&&) noexcept;
    ~Catalog();

private:
    struct Impl;
    explicit Catalog(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_impl;
};

}  // namespace gc::i18n
