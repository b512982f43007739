#pragma once
// Where the kiosk finds its read-only data. Order: $GROEPSCONSULT_ASSETS, the installed
// /usr/share/groepsconsult, then the source tree (so a fresh build runs without installing).
#include <filesystem>

namespace gc {

std::filesystem::path asset_dir();
std::filesystem::path asset_path(const std::filesystem::path& relative);

// Compiled message catalogs (.mo): $GROEPSCONSULT_LOCALES, installed, then the build tree.
std::filesystem::path locale_dir();

}  // namespace gc
