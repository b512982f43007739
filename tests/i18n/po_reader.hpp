#pragma once
// Test helper: reads .po/.pot files with gettext's own parser (libgettextpo), so checks of the
// catalogs see exactly what msgfmt sees. Also usable by UI tests (glyph coverage per catalog).
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace gc::test {

struct PoMessage {
    std::string context;  // msgctxt, empty when none
    std::string msgid;
    std::string msgid_plural;          // empty when not a plural
    std::vector<std::string> msgstr;   // one, or one per plural form
    std::string extracted_comments;    // "#." lines (TRANSLATORS: …)
    bool fuzzy = false;
};

// Every non-obsolete message except the header. Throws std::runtime_error with gettext's
// message (file and line) when the file cannot be read or parsed.
std::vector<PoMessage> read_po(const std::filesystem::path& file);

// "Plural-Forms" (or another field) of the header, empty when absent.
std::string po_header_field(const std::filesystem::path& file, const std::string& field);

}  // namespace gc::test
