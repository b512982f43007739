#pragma once
// Reading the project's TOML data files (stations, questionnaires, offers) with errors that name
// the file and line, thrown as the loader's own exception type (CircuitError, OfferError, ...).
#include <toml++/toml.h>

#include <sstream>
#include <string>
#include <string_view>

namespace gc::data_file {

template <class Error>
[[noreturn]] void fail(std::string_view file, const toml::node& where, const std::string& what) {
    std::ostringstream msg;
    msg << file << ":" << where.source().begin.line << ": " << what;
    throw Error(msg.str());
}

// The whole file; a syntax error becomes "<file>:<line>: <what toml++ says>".
template <class Error>
toml::table parse(std::string_view toml_text, std::string_view file) {
    try {
        return toml::parse(toml_text, file);
    } catch (const toml::parse_error& e) {
        std::ostringstream msg;
        msg << file << ":" << e.source().begin.line << ": " << e.description();
        throw Error(msg.str());
    }
}

// A text that must be there and must not be empty.
template <class Error>
std::string required_text(std::string_view file, const toml::table& t, std::string_view key) {
    const auto* value = t.get_as<std::string>(key);
    if (!value || value->get().empty()) fail<Error>(file, t, "missing text '" + std::string(key) + "'");
    return value->get();
}

// "assets/offers/utrecht-overvecht.toml" -> "utrecht-overvecht": a data file's id.
inline std::string stem(std::string_view file) {
    std::string name(file.substr(file.find_last_of('/') + 1));  // npos + 1 == 0: no folder
    if (auto dot = name.find('.'); dot != std::string::npos) name.resize(dot);
    return name;
}

}  // namespace gc::data_file
