#include "runtime/logging.hpp"

#include <spdlog/pattern_formatter.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdlib>
#include <string>

namespace gc {
namespace {

// "<6>" etc.: the syslog priority prefix journald reads from a service's stderr, so the journal
// knows each line's level (journalctl -p warning).
class JournalPriority final : public spdlog::custom_flag_formatter {
public:
    void format(const spdlog::details::log_msg& msg, const std::tm&, spdlog::memory_buf_t& dest) override {
        static constexpr std::string_view kPrefix[] = {"<7>", "<7>", "<6>", "<4>", "<3>", "<2>", "<6>"};
        const auto level = static_cast<std::size_t>(msg.level);
        const std::string_view prefix = level < std::size(kPrefix) ? kPrefix[level] : "<6>";
        dest.append(prefix.data(), prefix.data() + prefix.size());
    }
    std::unique_ptr<custom_flag_formatter> clone() const override { return std::make_unique<JournalPriority>(); }
};

}  // namespace

void init_logging(std::string_view program, std::string_view default_level) {
    auto logger = spdlog::stderr_logger_mt(std::string(program));
    // The journal adds its own timestamp; keep the line short: "<6>kiosk open for session 1".
    auto formatter = std::make_unique<spdlog::pattern_formatter>();
    formatter->add_flag<JournalPriority>('*').set_pattern("%*%v");
    logger->set_formatter(std::move(formatter));
    const char* env = std::getenv("GROEPSCONSULT_LOG_LEVEL");
    logger->set_level(spdlog::level::from_str(env && *env ? env : std::string(default_level)));
    spdlog::set_default_logger(logger);
}

}  // namespace gc
