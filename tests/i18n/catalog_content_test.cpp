// The shipped catalogs: complete, not fuzzy, right plural count, compiled .mo matching the .po,
// and Dutch texts short enough for plain language.
#include <catch2/catch.hpp>

#include <map>
#include <algorithm>
#include <cstdio>
#include <set>
#include <sstream>

#include "i18n/bidi.hpp"
#include "i18n/catalog.hpp"
#include "po_reader.hpp"

namespace {

const std::filesystem::path kLocales = std::filesystem::path(GC_TEST_SOURCE_DIR) / "locales";
const std::filesystem::path kBuiltLocales = std::filesystem::path(GC_TEST_BINARY_DIR) / "locales";

std::vector<std::string> shipped_languages() {
    std::istringstream in(GC_I18N_LANGUAGES);
    std::vector<std::string> codes;
    for (std::string code; in >> code;) codes.push_back(code);
    return codes;
}

std::string key(const gc::test::PoMessage& m) {
    return m.context.empty() ? m.msgid : "[" + m.context + "] " + m.msgid;
}

const std::vector<gc::test::PoMessage>& pot() {
    static const auto messages = gc::test::read_po(kLocales / "groepsconsult.pot");
    return messages;
}

// Plain language (B1): no sentence longer than 15 words. A sentence ends at . ! ? or a line end.
std::vector<std::string> sentences_over_15_words(const std::string& text) {
    std::vector<std::string> too_long;
    std::size_t start = 0;
    while (start < text.size()) {
        const std::size_t end = std::min(text.find_first_of(".!?\n", start), text.size());
        const std::string sentence = text.substr(start, end - start);
        std::istringstream words(sentence);
        int count = 0;
        for (std::string word; words >> word;) ++count;
        if (count > 15) too_long.push_back(sentence);
        start = end + 1;
    }
    return too_long;
}

}  // namespace

TEST_CASE("the language list of the build is the five of the issue") {
    CHECK(shipped_languages() == std::vector<std::string>{"nl", "en", "tr", "ar", "pl"});
}

TEST_CASE("the .pot has texts") { CHECK(pot().size() > 10); }

TEST_CASE("every shipped catalog translates every msgid of the .pot, nothing fuzzy or empty") {
    for (const auto& lang : shipped_languages()) {
        const auto po = gc::test::read_po(kLocales / (lang + ".po"));
        std::map<std::string, const gc::test::PoMessage*> by_key;
        for (const auto& m : po) by_key[key(m)] = &m;
        std::vector<std::string> problems;
        for (const auto& wanted : pot()) {
            const auto found = by_key.find(key(wanted));
            if (found == by_key.end()) {
                problems.push_back("missing: " + key(wanted));
                continue;
            }
            const auto& m = *found->second;
            if (m.fuzzy) problems.push_back("fuzzy: " + key(wanted));
            if (m.msgid_plural != wanted.msgid_plural) problems.push_back("plural differs: " + key(wanted));
            for (const auto& form : m.msgstr) {
                if (form.empty()) {
                    problems.push_back("untranslated: " + key(wanted));
                    break;
                }
            }
        }
        INFO(lang << ".po:\n  " << Catch::Detail::stringify(problems));
        CHECK(problems.empty());
    }
}

TEST_CASE("every catalog declares the plural forms of its language") {
    const std::map<std::string, std::string> nplurals = {
        {"nl", "nplurals=2;"}, {"en", "nplurals=2;"}, {"tr", "nplurals=2;"}, {"ar", "nplurals=6;"}, {"pl", "nplurals=3;"}};
    for (const auto& lang : shipped_languages()) {
        INFO(lang);
        const auto plural_forms = gc::test::po_header_field(kLocales / (lang + ".po"), "Plural-Forms");
        CHECK_THAT(plural_forms, Catch::StartsWith(nplurals.at(lang)));
        CHECK(gc::test::po_header_field(kLocales / (lang + ".po"), "Content-Type") == "text/plain; charset=UTF-8");
    }
}

TEST_CASE("the compiled catalogs in the build tree give each .po translation") {
    for (const auto& lang : shipped_languages()) {
        INFO(lang);
        std::string error;
        const auto catalog = gc::i18n::Catalog::load(gc::i18n::Catalog::path_for(kBuiltLocales, lang), &error);
        INFO(error);
        REQUIRE(catalog);
        for (const auto& m : gc::test::read_po(kLocales / (lang + ".po"))) {
            if (m.fuzzy || m.msgstr.front().empty()) continue;  // reported by the completeness test
            INFO(key(m));
            const char* context = m.context.empty() ? nullptr : m.context.c_str();
            const char* found = m.msgid_plural.empty() ? catalog->find(context, m.msgid.c_str())
                                                       : catalog->find_plural(context, m.msgid.c_str(), 1);
            REQUIRE(found != nullptr);
            if (m.msgid_plural.empty()) CHECK(std::string(found) == m.msgstr.front());
        }
    }
}

TEST_CASE("no Dutch sentence is longer than 15 words") {
    std::vector<std::string> too_long;
    for (const auto& m : pot()) {
        for (const auto& s : sentences_over_15_words(m.msgid)) too_long.push_back(s);
    }
    for (const auto& m : gc::test::read_po(kLocales / "nl.po")) {  // nl.po may improve a msgid
        for (const auto& form : m.msgstr) {
            for (const auto& s : sentences_over_15_words(form)) too_long.push_back("nl.po: " + s);
        }
    }
    INFO(Catch::Detail::stringify(too_long));
    CHECK(too_long.empty());
}

TEST_CASE("the sentence counter itself") {
    CHECK(sentences_over_15_words("Uw bloeddruk is goed. Meet opnieuw.").empty());
    CHECK(sentences_over_15_words("een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien "
                                  "vijftien zestien. Kort.")
              .size() == 1);
    CHECK(sentences_over_15_words("een twee drie vier vijf zes zeven acht. negen tien elf twaalf dertien veertien "
                                  "vijftien zestien")
              .empty());
}

namespace {

// The ranges the UI font atlas loads (ui-platform-notes §1): Latin-1 + Latin Extended-A,
// general punctuation, the euro sign, Arabic and Arabic Presentation Forms-B (the font has no
// U+FEFF).
bool in_ui_font_ranges(char32_t c) {
    return (c >= 0x20 && c <= 0x17F) || (c >= 0x2000 && c <= 0x206F) || c == 0x20AC ||
           (c >= 0x0600 && c <= 0x06FF) || (c >= 0xFE70 && c <= 0xFEFC);
}

std::vector<char32_t> code_points(const std::string& utf8) {
    std::vector<char32_t> out;
    for (std::size_t i = 0; i < utf8.size();) {
        const auto b = static_cast<unsigned char>(utf8[i]);
        const int extra = b < 0x80 ? 0 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : 3;
        char32_t c = extra == 0 ? b : extra == 1 ? (b & 0x1F) : extra == 2 ? (b & 0x0F) : (b & 0x07);
        for (int k = 1; k <= extra && i + static_cast<std::size_t>(k) < utf8.size(); ++k) {
            c = (c << 6) | (static_cast<unsigned char>(utf8[i + static_cast<std::size_t>(k)]) & 0x3F);
        }
        out.push_back(c);
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

}  // namespace

TEST_CASE("every translation as the screen shows it stays inside the UI font's ranges") {
    REQUIRE_FALSE(in_ui_font_ranges(0x2265));  // >= is not in the font: must be caught
    REQUIRE_FALSE(in_ui_font_ranges(0xFEFF));  // nor is the lam-alef filler visual_line() removes
    std::vector<std::string> outside;
    for (const auto& lang : shipped_languages()) {
        for (const auto& m : gc::test::read_po(kLocales / (lang + ".po"))) {
            for (const auto& form : m.msgstr) {
                const std::string shown = lang == "ar" ? gc::i18n::visual_line(form) : form;
                for (const char32_t c : code_points(shown)) {
                    if (!in_ui_font_ranges(c)) {
                        char hex[16];
                        std::snprintf(hex, sizeof hex, "U+%04X", static_cast<unsigned>(c));
                        outside.push_back(lang + ": " + hex + " in " + form);
                    }
                }
            }
        }
    }
    INFO(Catch::Detail::stringify(outside));
    CHECK(outside.empty());
}
