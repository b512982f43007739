#include "runtime/logging.hpp"

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <string>

namespace gc {

void init_logging(std::string_view program, std::string_view default_level) {
    auto logger = spdlog::stderr_logger_mt(std::string(program));
    // The journal adds its own timestamp; keep the line short and parseable.
    logger->set_pattern("<%l> %v");
    const char* env = std::getenv("GROEPSCONSULT_LOG_LEVEL");
    logger->set_level(spdlog::level::from_str(env && *env ? env : std::string(default_level)));
    spdlog::set_default_logger(logger);
}

}  // namespace gc
