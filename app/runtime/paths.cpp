#include "runtime/paths.hpp"

#include <cstdlib>

namespace gc {
namespace {

std::filesystem::path first_existing(const char* env_var, std::initializer_list<const char*> candidates) {
    if (const char* env = std::getenv(env_var); env && *env) return env;
    for (const char* c : candidates) {
        std::error_code ec;
        if (std::filesystem::is_directory(c, ec)) return c;
    }
    return *candidates.begin();
}

}  // namespace

std::filesystem::path asset_dir() {
    // The source tree wins over an installed copy: a developer build must use its own assets.
    static const auto dir = first_existing("GROEPSCONSULT_ASSETS", {GC_SOURCE_ASSET_DIR, GC_INSTALLED_ASSET_DIR});
    return dir;
}

std::filesystem::path asset_path(const std::filesystem::path& relative) { return asset_dir() / relative; }

std::filesystem::path locale_dir() {
    static const auto dir = first_existing("GROEPSCONSULT_LOCALES",
                                           {GC_SOURCE_LOCALE_DIR, GC_INSTALLED_ASSET_DIR "/locale"});
    return dir;
}

std::filesystem::path deferred_module_file() {
    if (const char* env = std::getenv("GROEPSCONSULT_DEFERRED_MODULE"); env && *env) return env;
    std::error_code ec;
    const auto program = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        auto beside = program.parent_path().parent_path() / "lib" / "groepsconsult" / "libgroepsconsult-deferred.so";
        if (std::filesystem::is_regular_file(beside, ec)) return beside;
    }
    return GC_BUILD_TREE_DEFERRED_MODULE;
}

}  // namespace gc
