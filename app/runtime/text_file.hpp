#pragma once
#include <filesystem>
#include <optional>
#include <string>

namespace gc {

// Whole file as text; nullopt when it cannot be read (the caller names the file in its message).
std::optional<std::string> read_text_file(const std::filesystem::path& path);

}  // namespace gc
