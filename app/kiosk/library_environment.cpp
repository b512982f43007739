#include "kiosk/library_environment.hpp"

#include <cstdlib>
#include <filesystem>
#include <string>

namespace gc::kiosk {
namespace {
bool session_bus_reachable() {
    if (std::getenv("DBUS_SESSION_BUS_ADDRESS")) return true;
    const char* runtime = std::getenv("XDG_RUNTIME_DIR");  // systemd's user bus lives there
    std::error_code ignored;
    return runtime && std::filesystem::exists(std::filesystem::path(runtime) / "bus", ignored);
}
}  // namespace

void prepare_library_environment() {
    const int overwrite = 0;  // an explicit setting wins
    setenv("XCOMPOSEFILE", "/dev/null", overwrite);
    setenv("XMODIFIERS", "@im=none", overwrite);
    if (!session_bus_reachable()) setenv("DBUS_SESSION_BUS_ADDRESS", "disabled:", overwrite);
}

}  // namespace gc::kiosk
