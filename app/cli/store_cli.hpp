#pragma once
// What the store subcommands (init, check, backup, restore, rekey, erase, demo-data) share:
// --db, the passphrase (environment or file, never an argument), opening, error reporting.
#include "runtime/text_file.hpp"
#include "store/store.hpp"

#include <CLI/CLI.hpp>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

namespace gc::cli::store_cli {

inline constexpr const char* kDefaultDb = "/var/lib/groepsconsult/kiosk.db";
inline constexpr const char* kPassphraseEnv = "GROEPSCONSULT_PASSPHRASE";
inline constexpr const char* kNewPassphraseEnv = "GROEPSCONSULT_NEW_PASSPHRASE";
inline constexpr const char* kActor = "cli";  // who the audit log names

struct Options {
    std::string db{kDefaultDb};
    std::string passphrase_file;
};

// Adds --db and --passphrase-file to `cmd`; the options live as long as the app.
inline std::shared_ptr<Options> add_options(CLI::App* cmd) {
    auto options = std::make_shared<Options>();
    cmd->add_option("--db", options->db, "Database file")->capture_default_str();
    cmd->add_option("--passphrase-file", options->passphrase_file,
                    std::string("File holding the passphrase (default: $") + kPassphraseEnv + ")");
    return options;
}

// Prints the error for people at a terminal; exit code 2 for bad input, 1 for the rest.
inline int report(const store::StoreError& error) {
    std::cerr << "error: " << error.describe() << "\n";
    return error.kind == store::ErrorKind::InvalidInput ? 2 : 1;
}

// The passphrase from `file` if given, else from the environment variable `env`. A trailing
// newline in the file is not part of it.
inline store::Result<std::string> read_passphrase(const std::string& file, const char* env) {
    std::string passphrase;
    if (!file.empty()) {
        auto text = read_text_file(file);
        if (!text) return store::StoreError{store::ErrorKind::InvalidInput, "cannot read the passphrase file"};
        passphrase = *text;
        if (!passphrase.empty() && passphrase.back() == '\n') passphrase.pop_back();
        if (!passphrase.empty() && passphrase.back() == '\r') passphrase.pop_back();
    } else if (const char* value = std::getenv(env)) {
        passphrase = value;
    }
    if (passphrase.empty()) {
        return store::StoreError{store::ErrorKind::InvalidInput,
                                 std::string("no passphrase: set $") + env + " or give a passphrase file"};
    }
    return passphrase;
}

// Opens the store named by `options`, or reports why not and sets exit_code.
inline std::optional<store::Store> open(const Options& options, bool create, int& exit_code) {
    auto passphrase = read_passphrase(options.passphrase_file, kPassphraseEnv);
    if (!passphrase) {
        exit_code = report(passphrase.error());
        return std::nullopt;
    }
    store::OpenOptions open_options;
    open_options.create_if_missing = create;
    auto opened = store::Store::open(options.db, passphrase.value(), open_options);
    if (!opened) {
        exit_code = report(opened.error());
        return std::nullopt;
    }
    return std::move(opened).value();
}

// Opens the store and runs `work` on it. `work` returns the text to print on success (each
// line ends in '\n') or the error, which is reported. Sets exit_code either way.
template <class Work>
void run_on_store(const Options& options, bool create, int& exit_code, Work&& work) {
    auto store = open(options, create, exit_code);
    if (!store) return;
    store::Result<std::string> done = work(*store);
    if (!done) {
        exit_code = report(done.error());
        return;
    }
    std::cout << done.value();
    exit_code = 0;
}

}  // namespace gc::cli::store_cli
