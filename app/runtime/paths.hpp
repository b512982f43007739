#pragma once
// Where the kiosk finds its read-only data. Order: $GROEPSCONSULT_ASSETS, the installed
// /usr/share/groepsconsult, then the source tree (so a fresh build runs without installing).
#include <filesystem>

namespace gc {

std::filesystem::path asset_dir();
std::filesystem::path asset_path(const std::filesystem::path& relative);

// Compiled message catalogs (.mo): $GROEPSCONSULT_LOCALES, installed, then the build tree.
std::filesystem::path locale_dir();

// The deferred module (runtime/deferred_module.hpp), existing or not: $GROEPSCONSULT_DEFERRED_MODULE
// (only that: a wrong setting must show), else ../lib/groepsconsult/ next to the running program
// (installed: /usr/bin -> /usr/lib/groepsconsult; build tree: build/app -> build/lib/groepsconsult),
// else the build tree this was compiled in (tests, whose programs live deeper).
std::filesystem::path deferred_module_file();

}  // namespace gc
