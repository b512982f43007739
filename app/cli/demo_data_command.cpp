#include "cli/commands.hpp"
#include "cli/store_cli.hpp"
#include "core/card_code.hpp"
#include "store/demo_data.hpp"

#include <random>

namespace gc::cli {
namespace {

// A demo passphrase that is easy to type on the unlock screen: three card-code groups.
std::string make_demo_passphrase() {
    std::random_device device;
    return "demo-" + format_card_code(generate_card_code([&device] {
               return (std::uint64_t{device()} << 32) ^ std::uint64_t{device()};
           }));
}

}  // namespace

void add_demo_data_command(CLI::App& app, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "demo-data", "Add synthetic sessions, participants, visits and measurements; prints the card codes");
    auto options = store_cli::add_options(cmd);
    auto participants = std::make_shared<int>(12);
    auto seed = std::make_shared<std::uint64_t>(1);
    cmd->add_option("--participants", *participants, "How many participants")->capture_default_str()
        ->check(CLI::Range(0, 1'000'000));
    cmd->add_option("--seed", *seed, "Seed for the synthetic values")->capture_default_str();
    cmd->callback([options, participants, seed, &exit_code] {
        std::error_code ec;
        const bool fresh = !std::filesystem::exists(options->db, ec);
        // Demo mode: a new database without a given passphrase gets one, printed on stderr
        // (stdout carries only the card codes).
        if (fresh && options->passphrase_file.empty() && !std::getenv(store_cli::kPassphraseEnv)) {
            const auto passphrase = make_demo_passphrase();
            setenv(store_cli::kPassphraseEnv, passphrase.c_str(), 1);
            std::cerr << "demo passphrase: " << passphrase << "\n";
        }
        store_cli::run_on_store(*options, true, exit_code, [&](store::Store& store) -> store::Result<std::string> {
            auto codes = store::add_demo_data(store, store::DemoDataOptions{*participants, 12, *seed});
            if (!codes) return codes.error();
            std::string lines;
            for (const auto& code : codes.value()) lines += code + "\n";
            return lines;
        });
    });
}

}  // namespace gc::cli
