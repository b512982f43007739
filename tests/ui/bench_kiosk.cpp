// Benchmark of the kiosk binary (run under Xvfb): prints figures, never fails on speed.
//   first_frame_ms   process start → first presented frame (median of 7 runs)
//   idle_cpu_percent CPU of the kiosk over 10 s on the attract screen (100 = one core)
//   peak_rss_mb      VmHWM of that kiosk process
#include <sys/wait.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

namespace {

double first_frame_ms(const std::string& kiosk) {
    const std::string cmd = kiosk + " --demo --windowed --exit-after-first-frame 2>/dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return -1;
    std::array<char, 256> line{};
    double ms = -1;
    while (fgets(line.data(), line.size(), pipe)) {
        std::string l(line.data());
        if (l.rfind("first_frame_ms=", 0) == 0) ms = std::stod(l.substr(15));
    }
    pclose(pipe);
    return ms;
}

long cpu_ticks(pid_t pid) {
    std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
    std::string all((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
    std::istringstream rest(all.substr(all.rfind(')') + 2));
    std::string field;
    long utime = 0, stime = 0;
    for (int i = 3; i <= 13; ++i) rest >> field;
    rest >> utime >> stime;
    return utime + stime;
}

double peak_rss_mb(pid_t pid) {
    std::ifstream status("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("VmHWM:", 0) == 0) return std::stod(line.substr(6)) / 1024.0;
    }
    return -1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "usage: bench_kiosk <path to groepsconsult-kiosk>\n";
        return 2;
    }
    const std::string kiosk = argv[1];
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) runs.push_back(first_frame_ms(kiosk));
    std::sort(runs.begin(), runs.end());
    std::cout << "first_frame_ms=" << runs[runs.size() / 2] << " (median of 7, min " << runs.front() << ", max "
              << runs.back() << "; target <= 270)\n";

    const pid_t pid = fork();
    if (pid == 0) {
        freopen("/dev/null", "w", stdout);
        execl(kiosk.c_str(), kiosk.c_str(), "--demo", "--windowed", static_cast<char*>(nullptr));
        _exit(127);
    }
    std::this_thread::sleep_for(std::chrono::seconds(2));  // start-up and settle frames
    const long before = cpu_ticks(pid);
    std::this_thread::sleep_for(std::chrono::seconds(10));
    const long after = cpu_ticks(pid);
    const double idle = 100.0 * static_cast<double>(after - before) / static_cast<double>(sysconf(_SC_CLK_TCK)) / 10.0;
    const double rss = peak_rss_mb(pid);
    kill(pid, SIGTERM);
    int status = 0;
    waitpid(pid, &status, 0);
    std::cout << "idle_cpu_percent=" << idle << " (10 s on the attract screen; target <= 0.5)\n";
    std::cout << "peak_rss_mb=" << rss << " (target <= 130)\n";
    return 0;
}
