#include "i18n/i18n.hpp"

#include <map>

#include "i18n/catalog.hpp"
#include "runtime/paths.hpp"

namespace gc::i18n {
namespace {

// UI-thread state. Catalogs are loaded once by init() and kept, so pointers handed out by
// tr() stay valid across language switches.
struct State {
    std::vector<Language> languages{source_language()};
    std::map<std::string, Catalog, std::less<>> catalogs;    // by language code; nl has none
    std::map<std::string, std::string, std::less<>> errors;  // by code: why the catalog is absent
    std::size_t current = 0;
    const Catalog* catalog = nullptr;  // of the current language, nullptr = Dutch msgids
};

State& state() {
    static State s;
    return s;
}

}  // namespace

std::vector<std::string> init(std::vector<Language> langs) { return init(std::move(langs), gc::locale_dir()); }

std::vector<std::string> init(std::vector<Language> langs, const std::filesystem::path& locale_dir) {
    State fresh;
    if (!langs.empty()) fresh.languages = std::move(langs);
    std::vector<std::string> messages;
    for (const auto& lang : fresh.languages) {
        if (lang.code == source_language().code) continue;  // Dutch is the msgids themselves
        std::string error;
        if (auto catalog = Catalog::load(Catalog::path_for(locale_dir, lang.code), &error)) {
            fresh.catalogs.emplace(lang.code, std::move(*catalog));
        } else {
            messages.push_back(error + "; " + lang.native_name + " is shown in Dutch");
            fresh.errors.emplace(lang.code, messages.back());
        }
    }
    state() = std::move(fresh);
    set_language(state().languages.front().code);
    return messages;
}

std::vector<CatalogProblem> catalog_problems() {
    std::vector<CatalogProblem> problems;
    for (const auto& lang : state().languages) {
        if (const auto error = state().errors.find(lang.code); error != state().errors.end()) {
            problems.push_back({lang.code, lang.native_name, error->second});
        }
    }
    return problems;
}

const std::vector<Language>& languages() { return state().languages; }

std::optional<std::string> set_language(std::string_view code) {
    State& s = state();
    for (std::size_t i = 0; i < s.languages.size(); ++i) {
        if (s.languages[i].code != code) continue;
        s.current = i;
        const auto found = s.catalogs.find(code);
        s.catalog = found == s.catalogs.end() ? nullptr : &found->second;
        if (const auto error = s.errors.find(code); error != s.errors.end()) return error->second;
        return std::nullopt;
    }
    return "unknown language '" + std::string(code) + "'; the language is not changed";
}

const Language& current_language() {
    const State& s = state();
    return s.languages[s.current];
}

const char* tr(const char* msgid) {
    const Catalog* catalog = state().catalog;
    return catalog ? catalog->get(nullptr, msgid) : msgid;
}

const char* ntr(const char* singular, const char* plural, unsigned long n) {
    const Catalog* catalog = state().catalog;
    if (catalog) return catalog->get_plural(nullptr, singular, plural, n);
    return n == 1 ? singular : plural;  // Dutch
}

const char* ctr(const char* context, const char* msgid) {
    const Catalog* catalog = state().catalog;
    return catalog ? catalog->get(context, msgid) : msgid;
}

}  // namespace gc::i18n
