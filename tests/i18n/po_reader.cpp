#include "po_reader.hpp"

#include <gettext-po.h>

#include <cstdlib>
#include <memory>

namespace gc::test {
namespace {

// gettext reports problems through callbacks that must not return on a fatal error.
[[noreturn]] void fail(const char* filename, std::size_t line, const char* text) {
    std::string where = filename ? std::string(filename) : std::string("po file");
    if (filename && line != static_cast<std::size_t>(-1)) where += ":" + std::to_string(line);
    throw std::runtime_error(where + ": " + (text ? text : "unreadable"));
}

void on_error(int severity, po_message_t, const char* filename, std::size_t line, std::size_t, int,
              const char* text) {
    if (severity != PO_SEVERITY_WARNING) fail(filename, line, text);
}

void on_error2(int severity, po_message_t, const char* filename, std::size_t line, std::size_t, int,
               const char* text, po_message_t, const char*, std::size_t, std::size_t, int, const char*) {
    if (severity != PO_SEVERITY_WARNING) fail(filename, line, text);
}

const po_xerror_handler kHandler{on_error, on_error2};

using PoFile = std::unique_ptr<std::remove_pointer_t<po_file_t>, decltype(&po_file_free)>;

PoFile open(const std::filesystem::path& file) {
    if (!std::filesystem::is_regular_file(file)) throw std::runtime_error(file.string() + ": missing");
    po_file_t po = po_file_read(file.c_str(), &kHandler);
    if (!po) throw std::runtime_error(file.string() + ": cannot be read");
    return PoFile(po, &po_file_free);
}

std::string text_or_empty(const char* s) { return s ? s : ""; }

}  // namespace

std::vector<PoMessage> read_po(const std::filesystem::path& file) {
    PoFile po = open(file);
    std::vector<PoMessage> messages;
    std::unique_ptr<std::remove_pointer_t<po_message_iterator_t>, decltype(&po_message_iterator_free)> it(
        po_message_iterator(po.get(), nullptr), &po_message_iterator_free);
    while (po_message_t m = po_next_message(it.get())) {
        if (po_message_is_obsolete(m)) continue;
        PoMessage msg;
        msg.msgid = text_or_empty(po_message_msgid(m));
        if (msg.msgid.empty()) continue;  // the header entry
        msg.context = text_or_empty(po_message_msgctxt(m));
        msg.msgid_plural = text_or_empty(po_message_msgid_plural(m));
        if (msg.msgid_plural.empty()) {
            msg.msgstr.push_back(text_or_empty(po_message_msgstr(m)));
        } else {
            for (int i = 0; const char* form = po_message_msgstr_plural(m, i); ++i) msg.msgstr.emplace_back(form);
        }
        msg.extracted_comments = text_or_empty(po_message_extracted_comments(m));
        msg.fuzzy = po_message_is_fuzzy(m) != 0;
        messages.push_back(std::move(msg));
    }
    return messages;
}

std::string po_header_field(const std::filesystem::path& file, const std::string& field) {
    PoFile po = open(file);
    // Declared const, but gettext returns a copy the caller frees.
    std::unique_ptr<char, decltype(&std::free)> header(const_cast<char*>(po_file_domain_header(po.get(), nullptr)),
                                                       &std::free);
    if (!header) return {};
    std::unique_ptr<char, decltype(&std::free)> value(::po_header_field(header.get(), field.c_str()), &std::free);
    return value ? value.get() : "";
}

}  // namespace gc::test
