#pragma once
// Runs the built `groepsconsult` with the given stdin and captures stdout, stderr and exit code.
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace gc::test {

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string slurp(const std::string& path) {
    std::ifstream f(path);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

inline CliRun run_cli(const std::string& args, const std::string& stdin_text) {
    static std::atomic<int> counter{0};
    const std::string base = std::string(GC_TEST_OUTPUT_DIR) + "/cli-" + std::to_string(getpid()) + "-" +
                             std::to_string(counter++);
    std::ofstream(base + ".in") << stdin_text;
    const std::string cmd = std::string("'") + GC_CLI_BINARY + "' " + args + " < '" + base + ".in' > '" + base +
                            ".out' 2> '" + base + ".err'";
    const int status = std::system(cmd.c_str());
    CliRun r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(base + ".out");
    r.err = slurp(base + ".err");
    for (const char* ext : {".in", ".out", ".err"}) std::remove((base + ext).c_str());
    return r;
}

}  // namespace gc::test
