#pragma once
// The languages a participant can choose (assets/languages.toml). Dutch is the source
// language: its texts are the msgids, so it needs no catalog to be shown.
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace gc::i18n {

struct Language {
    std::string code;         // "nl", "ar": catalog name, stored per participant
    std::string native_name;  // "Nederlands", "العربية": shown on the language buttons
    std::string icu_locale;   // "nl_NL", "ar": numbers and dates
    std::string voice;        // espeak-ng voice: "nl", "en-gb", "ar"
    bool rtl = false;         // right-to-left script: shape with visual_line(), mirror the layout
};

// Thrown for a languages file that cannot be used; what() names the entry and the field.
class LanguageFileError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses the [[language]] tables of languages.toml, in file order. Throws LanguageFileError
// for TOML syntax errors, a missing or empty field, a duplicate code, or an empty list.
std::vector<Language> parse_languages(std::string_view toml_text);

// Reads gc::asset_path("languages.toml") and parses it. Throws LanguageFileError.
std::vector<Language> load_languages();

// The languages named in `codes`, in that order, with Dutch (the source language) always first;
// empty `codes`: all of them. Throws LanguageFileError naming a code that is not in `all`.
std::vector<Language> select_languages(const std::vector<Language>& all, const std::vector<std::string>& codes);

// The language with this code, or nullptr.
const Language* find_language(const std::vector<Language>& languages, std::string_view code);

// Dutch as built into the program: the fallback when nothing else can be loaded.
const Language& source_language();

}  // namespace gc::i18n
