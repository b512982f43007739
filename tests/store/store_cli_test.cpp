// The store subcommands of the real `groepsconsult` binary, end to end.
#include "core/card_code.hpp"
#include "store_test_support.hpp"

#include <sys/wait.h>

#include <cstdlib>
#include <sstream>

using namespace gc::store::test;

namespace {

struct Run {
    int exit_code;
    std::string out;
    std::string err;
};

// Runs `groepsconsult <args>` with only the passphrase variables given here.
Run groepsconsult(const std::filesystem::path& dir, const std::string& env, const std::string& args) {
    const auto out = dir / "stdout.txt";
    const auto err = dir / "stderr.txt";
    const std::string command = "env -u GROEPSCONSULT_PASSPHRASE -u GROEPSCONSULT_NEW_PASSPHRASE " + env + " '" +
                                GC_CLI_BINARY + "' " + args + " >'" + out.string() + "' 2>'" + err.string() + "'";
    const int status = std::system(command.c_str());
    REQUIRE(WIFEXITED(status));
    return {WEXITSTATUS(status), file_bytes(out), file_bytes(err)};
}

std::vector<std::string> lines_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

const std::string kEnv = "GROEPSCONSULT_PASSPHRASE='dag wachtwoord 7'";

}  // namespace

TEST_CASE("cli: demo-data prints card codes and leaves no plaintext", "[store][cli]") {
    const auto dir = fresh_dir("cli_demo");
    const auto db = dir / "kiosk.db";
    const std::string at = " --db '" + db.string() + "'";
    auto demo = groepsconsult(dir, kEnv, "demo-data --participants 30" + at);
    INFO(demo.err);
    REQUIRE(demo.exit_code == 0);
    const auto codes = lines_of(demo.out);
    REQUIRE(codes.size() == 30);
    for (const auto& code : codes) CHECK(gc::is_valid_card_code(code));

    auto check = groepsconsult(dir, kEnv, "check" + at);
    CHECK(check.exit_code == 0);
    CHECK(check.out.rfind("ok participants=30 visits=30 measurements=", 0) == 0);

    for (const auto& file : database_files(db)) {
        if (!std::filesystem::exists(file)) continue;
        INFO(file);
        const auto bytes = file_bytes(file);
        CHECK(bytes.find("SQLite format 3") == std::string::npos);
        for (const char* word : {"Fatima", "Mehmet", "Kowalski", "Huisartsenpraktijk", "Omron", "systolic"}) {
            CHECK(bytes.find(word) == std::string::npos);
        }
        for (const auto& code : codes) CHECK(bytes.find(code) == std::string::npos);
    }
}

TEST_CASE("cli: wrong or missing passphrase is a clear error and changes nothing", "[store][cli]") {
    const auto dir = fresh_dir("cli_wrong");
    const auto db = dir / "kiosk.db";
    const std::string at = " --db '" + db.string() + "'";
    REQUIRE(groepsconsult(dir, kEnv, "demo-data --participants 3" + at).exit_code == 0);
    const auto before = snapshot(db);

    for (const char* command : {"check", "demo-data --participants 2", "erase 000000000", "rekey", "devices log"}) {
        INFO(command);
        auto wrong = groepsconsult(dir, "GROEPSCONSULT_PASSPHRASE=wrong GROEPSCONSULT_NEW_PASSPHRASE=x",
                                   command + at);
        CHECK(wrong.exit_code != 0);
        CHECK(wrong.err.find("wrong_passphrase") != std::string::npos);
        CHECK(wrong.out.empty());
        CHECK(snapshot(db) == before);
    }
    auto missing = groepsconsult(dir, "", "check" + at);
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("GROEPSCONSULT_PASSPHRASE") != std::string::npos);
    auto unreadable = groepsconsult(dir, "", "check --passphrase-file '" + (dir / "nope").string() + "'" + at);
    CHECK(unreadable.exit_code == 2);
    CHECK(snapshot(db) == before);
}

TEST_CASE("cli: init, backup, restore, rekey, erase", "[store][cli]") {
    const auto dir = fresh_dir("cli_cycle");
    const auto db = dir / "kiosk.db";
    const std::string at = " --db '" + db.string() + "'";
    REQUIRE(groepsconsult(dir, kEnv, "init" + at).exit_code == 0);
    CHECK(groepsconsult(dir, kEnv, "init" + at).exit_code == 1);  // never over an existing database
    CHECK(groepsconsult(dir, kEnv, "check" + at).out == "ok participants=0 visits=0 measurements=0\n");
    const auto codes = lines_of(groepsconsult(dir, kEnv, "demo-data --participants 4" + at).out);
    REQUIRE(codes.size() == 4);

    const auto backup = dir / "usb-backup.db";
    REQUIRE(groepsconsult(dir, kEnv, "backup '" + backup.string() + "'" + at).exit_code == 0);
    CHECK(groepsconsult(dir, kEnv, "backup '" + backup.string() + "'" + at).exit_code == 1);

    const auto restored = dir / "restored.db";
    const std::string at_restored = " --db '" + restored.string() + "'";
    REQUIRE(groepsconsult(dir, kEnv, "restore '" + backup.string() + "'" + at_restored).exit_code == 0);
    CHECK(groepsconsult(dir, kEnv, "check" + at_restored).out.rfind("ok participants=4 visits=4 ", 0) == 0);

    // Passphrase from a file (trailing newline ignored), then rekey from the environment.
    const auto file = dir / "passphrase.txt";
    std::ofstream(file) << "dag wachtwoord 7\n";
    CHECK(groepsconsult(dir, "", "check --passphrase-file '" + file.string() + "'" + at_restored).exit_code == 0);
    CHECK(groepsconsult(dir, kEnv, "rekey" + at_restored).exit_code == 2);  // no new passphrase given
    REQUIRE(groepsconsult(dir, kEnv + " GROEPSCONSULT_NEW_PASSPHRASE=nieuw", "rekey" + at_restored).exit_code == 0);
    CHECK(groepsconsult(dir, kEnv, "check" + at_restored).exit_code == 1);
    const std::string new_env = "GROEPSCONSULT_PASSPHRASE=nieuw";
    CHECK(groepsconsult(dir, new_env, "check" + at_restored).exit_code == 0);

    REQUIRE(groepsconsult(dir, new_env, "erase " + gc::format_card_code(codes[0]) + at_restored).exit_code == 0);
    CHECK(groepsconsult(dir, new_env, "erase " + codes[0] + at_restored).exit_code == 1);  // not found
    CHECK(groepsconsult(dir, new_env, "erase not-a-code" + at_restored).exit_code == 2);
    CHECK(groepsconsult(dir, new_env, "check" + at_restored).out.rfind("ok participants=3 visits=3 ", 0) == 0);
    // The original is untouched by all of this.
    CHECK(groepsconsult(dir, kEnv, "check" + at).out.rfind("ok participants=4 visits=4 ", 0) == 0);
}

TEST_CASE("cli: demo-data on a new database without a passphrase prints the one it set", "[store][cli]") {
    const auto dir = fresh_dir("cli_demo_passphrase");
    const auto db = dir / "demo.db";
    auto demo = groepsconsult(dir, "", "demo-data --participants 1 --db '" + db.string() + "'");
    REQUIRE(demo.exit_code == 0);
    const std::string prefix = "demo passphrase: ";
    REQUIRE(demo.err.rfind(prefix, 0) == 0);
    const auto passphrase = demo.err.substr(prefix.size(), demo.err.find('\n') - prefix.size());
    auto check = groepsconsult(dir, "GROEPSCONSULT_PASSPHRASE='" + passphrase + "'", "check --db '" + db.string() + "'");
    CHECK(check.out.rfind("ok participants=1 ", 0) == 0);
}

TEST_CASE("cli: devices log prints the device log as JSON lines, oldest first", "[store][cli][devices]") {
    const auto dir = fresh_dir("cli_device_log");
    const auto db = dir / "kiosk.db";
    const std::string at = " --db '" + db.string() + "'";
    REQUIRE(groepsconsult(dir, kEnv, "init" + at).exit_code == 0);
    {
        auto store = require_ok(gc::store::Store::open(db, "dag wachtwoord 7"));
        const auto when = gc::store::WallTime(std::chrono::milliseconds(1795000000123));
        REQUIRE(store.record_device_log({{"tanita", "checksum_mismatch", {0x7b, 0x30, 0x0d}, when},
                                         {"omron", "implausible", {}, when + std::chrono::seconds(1)}})
                    .ok());
    }
    auto log = groepsconsult(dir, kEnv, "devices log" + at);
    INFO(log.err);
    REQUIRE(log.exit_code == 0);
    const auto lines = lines_of(log.out);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == R"({"at":"2026-11-18T11:06:40.123Z","device":"tanita","event":"checksum_mismatch","raw":"7b 30 0d"})");
    CHECK(lines[1] == R"({"at":"2026-11-18T11:06:41.123Z","device":"omron","event":"implausible","raw":""})");
    auto last = groepsconsult(dir, kEnv, "devices log --last 1" + at);
    CHECK(lines_of(last.out) == std::vector<std::string>{lines[1]});
}
