#include "i18n/language.hpp"

#include <toml++/toml.h>

#include <set>
#include <sstream>

#include "runtime/paths.hpp"
#include "runtime/text_file.hpp"

namespace gc::i18n {
namespace {

std::string required_string(const toml::table& entry, std::string_view field, std::size_t index) {
    const auto value = entry[field].value<std::string>();
    if (!value || value->empty()) {
        std::ostringstream msg;
        msg << "languages.toml: [[language]] #" << index + 1 << " needs a non-empty string '" << field << "'";
        throw LanguageFileError(msg.str());
    }
    return *value;
}

}  // namespace

std::vector<Language> parse_languages(std::string_view toml_text) {
    toml::table root;
    try {
        root = toml::parse(toml_text, std::string_view("languages.toml"));
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << "languages.toml: " << e.description() << " (line " << e.source().begin.line << ")";
        throw LanguageFileError(msg.str());
    }
    const toml::array* entries = root["language"].as_array();
    if (!entries || entries->empty()) throw LanguageFileError("languages.toml: no [[language]] entries");

    std::vector<Language> languages;
    std::set<std::string> codes;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const toml::table* entry = entries->get(i)->as_table();
        if (!entry) throw LanguageFileError("languages.toml: 'language' must be an array of tables");
        Language lang;
        lang.code = required_string(*entry, "code", i);
        lang.native_name = required_string(*entry, "native_name", i);
        lang.icu_locale = required_string(*entry, "icu_locale", i);
        lang.voice = required_string(*entry, "voice", i);
        const auto rtl = (*entry)["rtl"].value<bool>();
        if (!rtl) {
            throw LanguageFileError("languages.toml: [[language]] '" + lang.code + "' needs rtl = true or false");
        }
        lang.rtl = *rtl;
        if (!codes.insert(lang.code).second) {
            throw LanguageFileError("languages.toml: language code '" + lang.code + "' appears twice");
        }
        languages.push_back(std::move(lang));
    }
    return languages;
}

std::vector<Language> load_languages() {
    const auto path = gc::asset_path("languages.toml");
    const auto text = gc::read_text_file(path);
    if (!text) throw LanguageFileError("cannot read " + path.string());
    return parse_languages(*text);
}

std::vector<Language> select_languages(const std::vector<Language>& all, const std::vector<std::string>& codes) {
    if (codes.empty()) return all;
    const Language* dutch = find_language(all, source_language().code);
    std::vector<Language> chosen{dutch ? *dutch : source_language()};
    for (const auto& code : codes) {
        if (code == source_language().code) continue;  // always there, always first
        const Language* lang = find_language(all, code);
        if (!lang) throw LanguageFileError("language '" + code + "' is not in languages.toml");
        if (!find_language(chosen, code)) chosen.push_back(*lang);
    }
    return chosen;
}

const Language* find_language(const std::vector<Language>& languages, std::string_view code) {
    for (const auto& lang : languages) {
        if (lang.code == code) return &lang;
    }
    return nullptr;
}

const Language& source_language() {
    static const Language dutch{"nl", "Nederlands", "nl_NL", "nl", false};
    return dutch;
}

}  // namespace gc::i18n
