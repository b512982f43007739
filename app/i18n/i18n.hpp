#pragma once
// Translation for the UI thread: one current language, switched at runtime.
//
//   gc::i18n::init(gc::i18n::load_languages());     // once, at start; returns host messages
//   gc::i18n::set_language("ar");                     // when the participant taps a language
//   ImGui::Button(_("Volgende"));  C_("knop", "Terug");  gc::i18n::ntr("%d meting", "%d metingen", n)
//
// msgids are Dutch (B1). A missing translation, a missing or corrupt catalog all give the
// Dutch msgid, never an empty string. Not thread-safe by design: call only from the UI thread
// (nothing translated crosses a thread). Returned pointers stay valid until the next init().
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/translatable.hpp"  // N_()
#include "i18n/language.hpp"

namespace gc::i18n {

// Sets the languages and loads every non-Dutch catalog from locale_dir (default
// gc::locale_dir()). Returns one message per catalog that is missing or corrupt, for the host;
// those languages then show Dutch. Starts in the first language (Dutch in languages.toml).
std::vector<std::string> init(std::vector<Language> languages);
std::vector<std::string> init(std::vector<Language> languages, const std::filesystem::path& locale_dir);

// A language whose catalog init() could not load: it shows Dutch until the file is repaired.
struct CatalogProblem {
    std::string code;
    std::string native_name;  // "Türkçe"
    std::string detail;       // for the log and the host's technical line (English)
};
// The problems of the last init(), in language order: host mode shows them.
std::vector<CatalogProblem> catalog_problems();

// The languages passed to init() (Dutch only before init()).
const std::vector<Language>& languages();

// Switches the current language. Returns a message for the host when the code is unknown
// (nothing changes) or its catalog could not be loaded (the language is set, texts stay Dutch).
std::optional<std::string> set_language(std::string_view code);
const Language& current_language();
inline bool is_rtl() { return current_language().rtl; }

// Translation in the current language, or the msgid itself.
const char* tr(const char* msgid);
// Plural: the form for n by the catalog's Plural-Forms; Dutch rule (n == 1) when untranslated.
const char* ntr(const char* singular, const char* plural, unsigned long n);
// With a disambiguating context ("knop", "eenheid"): msgctxt in the .po.
const char* ctr(const char* context, const char* msgid);

}  // namespace gc::i18n

// xgettext keywords (locales/CMakeLists.txt): _  N_  C_:1c,2  ntr:1,2
#define _(msgid) ::gc::i18n::tr(msgid)
#define C_(context, msgid) ::gc::i18n::ctr(context, msgid)
