// `groepsconsult devices decode <driver>` on every golden frame and broken twin: the JSON
// lines equal the *.expected.jsonl next to it; exit 0 only when the input decoded cleanly;
// an unknown driver is bad input (exit 2) with a message naming the known drivers.
#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

namespace {

struct Run {
    int exit_code = -1;
    std::string out;
};

Run run(const std::string& args, const std::string& stdin_file) {
    const std::string cmd = "GROEPSCONSULT_ASSETS='" + std::string(GC_TEST_SOURCE_DIR) + "/assets' '" + GC_CLI_BINARY + "' " +
                            args + " < '" + stdin_file + "' 2>&1";
    Run r;
    FILE* pipe = popen(cmd.c_str(), "r");
    REQUIRE(pipe != nullptr);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
    const int status = pclose(pipe);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string stdout_lines(const std::string& text) {  // drop log lines ("<warning> ...", "groepsconsult devices decode: skipped ...")
    std::istringstream in(text);
    std::string line, out;
    while (std::getline(in, line))
        if (!line.empty() && line[0] == '{') out += line + "\n";
    return out;
}

const std::string kFixtures = std::string(GC_TEST_SOURCE_DIR) + "/tests/fixtures/devices/";

}  // namespace

TEST_CASE("devices decode: golden frames print the expected JSON lines") {
    const std::pair<const char*, const char*> cases[] = {
        {"tanita", "tanita_sc330"},     {"tanita", "tanita_mc780"},    {"tanita", "tanita_pc_mode"},
        {"omron-790", "omron790_gme"},  {"omron-7322", "omron7322_read"}, {"contour", "contour_mgdl"},
        {"contour", "contour_mmol"},    {"scanner", "scanner_card"},
    };
    for (const auto& [driver, name] : cases) {
        for (const std::string variant : {"", "_broken"}) {
            const std::string base = kFixtures + name + variant;
            INFO(base);
            const Run r = run(std::string("devices decode ") + driver, base + ".bin");
            const std::string expected = read_file(base + ".expected.jsonl");
            CHECK_FALSE(expected.empty());
            CHECK(stdout_lines(r.out) == expected);
            const bool clean = expected.find("\"error\"") == std::string::npos;
            CHECK(r.exit_code == (clean ? 0 : 1));
        }
    }
}

TEST_CASE("devices decode: the measure line has the documented field order") {
    const Run r = run("devices decode tanita", kFixtures + "tanita_sc330.bin");
    CHECK(r.out.find(R"({"measure":"weight","value":89.2,"unit":"kg","device_model":"SC-330","device_serial":"00000001"})") !=
          std::string::npos);
}

TEST_CASE("devices decode: accept-and-log mode decodes a frame with a bad checksum") {
    const Run r = run("devices decode tanita --accept-bad-checksum", kFixtures + "tanita_sc330_broken.bin");
    CHECK(r.exit_code == 0);
    CHECK(r.out.find(R"("measure":"weight","value":89.3)") != std::string::npos);
    CHECK(r.out.find("checksum mismatch") != std::string::npos);  // logged on stderr
}

TEST_CASE("devices decode: unknown driver is bad input, empty input is clean") {
    Run r = run("devices decode weegschaal", "/dev/null");
    CHECK(r.exit_code == 2);
    CHECK(r.out.find("unknown driver 'weegschaal'") != std::string::npos);
    CHECK(r.out.find("omron-7322") != std::string::npos);
    r = run("devices decode tanita", "/dev/null");
    CHECK(r.exit_code == 0);
    CHECK(r.out.empty());
    r = run("devices decode", "/dev/null");
    CHECK(r.exit_code == 2);
}

TEST_CASE("devices: lists every configured device with a state") {
    const Run r = run("devices", "/dev/null");
    CHECK(r.exit_code == 0);
    for (const char* id : {"tanita", "omron", "contour", "scanner"}) {
        INFO(id);
        CHECK(r.out.find(std::string(id) + "\t") != std::string::npos);
    }
}
