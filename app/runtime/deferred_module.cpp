#include "runtime/deferred_module.hpp"

#include "runtime/paths.hpp"

#include <spdlog/spdlog.h>

#include <dlfcn.h>
#include <filesystem>
#include <mutex>
#include <string>

namespace gc::runtime {
namespace {

struct Loaded {
    void* handle = nullptr;
    std::string error;
};

const Loaded& loaded() {
    static Loaded module;
    static std::once_flag once;
    std::call_once(once, [] {
        const std::filesystem::path path = deferred_module_file();
        std::error_code ec;
        std::string why;
        if (!std::filesystem::exists(path, ec)) {
            why = "not there";
        } else if ((module.handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL))) {
            // Never closed: objects it made (a speaker) live as long as the process.
            spdlog::debug("deferred module loaded from {}", path.string());
            return;
        } else {
            why = dlerror();
        }
        module.error = "the program part for printing, the results sheet and read-aloud "
                       "(libgroepsconsult-deferred.so) could not be loaded:\n  " + path.string() + ": " + why;
    });
    return module;
}

}  // namespace

void* deferred_module_symbol(const char* name) {
    const Loaded& module = loaded();
    if (!module.handle) throw DeferredModuleError(module.error);
    void* symbol = dlsym(module.handle, name);
    if (!symbol) throw DeferredModuleError(std::string("libgroepsconsult-deferred.so has no ") + name + " (another version?)");
    return symbol;
}

}  // namespace gc::runtime
