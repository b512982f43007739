#pragma once
// Demo mode: a throw-away encrypted database with today's session and a group of registered
// participants, so the whole circuit can be walked without a host or hardware.
#include "store/store.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace gc::kiosk {

struct DemoSetup {
    std::filesystem::path data_dir;  // removed by the caller at exit
    std::string passphrase;          // printed, as a real host would be told it
    store::SessionId session;
    std::vector<std::string> card_codes;
};

// Throws std::runtime_error with a clear message when the database cannot be made.
// `follow_up`: today's session re-measures an earlier one (half a year ago) where every
// participant was measured and referred to the walking group, so the board shows then and now.
DemoSetup create_demo(std::optional<store::Store>& store, int participants, bool follow_up = false);

}  // namespace gc::kiosk
