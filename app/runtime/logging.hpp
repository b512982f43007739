#pragma once
// Logging goes to stderr (the journal under systemd). Never log names, card codes or values:
// log event kinds and internal ids only.
#include <string_view>

namespace gc {

// level: "trace", "debug", "info", "warn", "error"; also read from $GROEPSCONSULT_LOG_LEVEL.
void init_logging(std::string_view program, std::string_view default_level = "info");

}  // namespace gc
