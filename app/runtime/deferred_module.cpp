#include "runtime/deferred_module.hpp"

#include <spdlog/spdlog.h>

#include <cstdlib>
#include <dlfcn.h>
#include <filesystem>
#include <mutex>
#include <string>
#include <vector>

namespace gc::runtime {
namespace {

constexpr const char* kModuleFile = "libgroepsconsult-deferred.so";

std::vector<std::filesystem::path> candidates() {
    // An explicit path is the only one tried: a wrong setting must show, not be papered over.
    if (const char* env = std::getenv("GROEPSCONSULT_DEFERRED_MODULE"); env && *env) return {env};
    std::vector<std::filesystem::path> paths;
    std::error_code ec;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) paths.push_back(program.parent_path().parent_path() / "lib" / "groepsconsult" / kModuleFile);
    paths.emplace_back(GC_BUILD_TREE_DEFERRED_MODULE);
    return paths;
}

struct Loaded {
    void* handle = nullptr;
    std::string error;
};

const Loaded& loaded() {
    static Loaded module;
    static std::once_flag once;
    std::call_once(once, [] {
        std::string tried;
        for (const auto& path : candidates()) {
            std::error_code ec;
            if (!std::filesystem::exists(path, ec)) {
                tried += "\n  " + path.string() + ": not there";
                continue;
            }
            // Never closed: objects it made (a speaker, a print queue) live as long as the process.
            module.handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
            if (module.handle) {
                spdlog::debug("deferred module loaded from {}", path.string());
                return;
            }
            tried += "\n  " + path.string() + ": " + dlerror();
        }
        module.error = std::string("the program part for printing, the results sheet and read-aloud (") +
                       kModuleFile + ") could not be loaded:" + tried;
    });
    return module;
}

}  // namespace

void* deferred_module_symbol(const char* name) {
    const Loaded& module = loaded();
    if (!module.handle) throw DeferredModuleError(module.error);
    void* symbol = dlsym(module.handle, name);
    if (!symbol) throw DeferredModuleError(std::string(kModuleFile) + " has no " + name + " (another version?)");
    return symbol;
}

void preload_deferred_module() {
    if (!loaded().handle) spdlog::error("{}", loaded().error);
}

}  // namespace gc::runtime
